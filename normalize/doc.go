// Package normalize turns raw Chinese web text into clean simplified article
// text: it sequences the encoding, character, conversion, boilerplate and
// dedupe stages and reports every change it makes.
//
// # Pipeline
//
// A Normalizer (New) runs, on one document:
//
//  1. decode: encoding.Decode, bytes in any supported charset to UTF-8
//     (Normalize only; NormalizeString takes UTF-8 and reports invalid
//     sequences);
//  2. split: one paragraph per non-blank line (ScanParagraphs);
//  3. repair and garbled: encoding.Analyze repairs mojibake spans and the
//     spans beyond repair are cut;
//  4. chars: FoldWidth, RemoveInvisible, CollapseSpace, StripPinyin, then
//     conversion to simplified Chinese (Converter), ChinesePunct and
//     CollapseSpace again;
//  5. boilerplate: boilerplate.Classify drops page furniture and cuts spans
//     inside kept paragraphs;
//  6. dedupe: dedupe.Paragraphs drops repeated paragraphs.
//
// Options switch each stage off or tune it (NoRepair, NoConversion,
// WithVariant, KeepPunctuation, NoBoilerplate, NoDedupe, ...).
//
// # Reporting
//
// The Result holds the clean text and a Change for every paragraph dropped
// and every span rewritten or cut, with its Stage, a reason code, the rule
// that decided, the input line and the original text. Nothing is removed
// without a Change. The reason codes are: for StageDecode "invalid-bytes";
// for StageRepair the chain, such as "utf-8 read as gbk ×2"; for
// StageGarbled an encoding.Span reason such as "lossy-utf8-gbk" or
// "replacement-run", and "residue" for what is left of a line once its
// garbled spans are cut; for StageChars "invisible", "width", "pinyin",
// "punctuation" and "space"; for StageConvert the variant; for
// StageBoilerplate the boilerplate reason codes; for StageDedupe the dedupe
// kinds "exact", "near", "contained" and "block".
//
// # Character steps
//
// Each character step is a function that returns its input string itself
// when it changes nothing, and the steps that can stream are also
// golang.org/x/text/transform Transformers (Width, Invisible, Pinyin, Space,
// Converter.Transformer).
package normalize
