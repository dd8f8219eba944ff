package normalize

import "bytes"

// lineEnd returns the length of the first line of data and the length of the
// line break after it (0 at the end of data). Breaks are \n, \r\n, \r, U+2028
// and U+2029.
func lineEnd[T string | []byte](data T) (n, brk int) {
	for i := 0; i < len(data); i++ {
		switch data[i] {
		case '\n':
			return i, 1
		case '\r':
			if i+1 < len(data) && data[i+1] == '\n' {
				return i, 2
			}
			return i, 1
		case 0xE2:
			if i+2 < len(data) && data[i+1] == 0x80 && (data[i+2] == 0xA8 || data[i+2] == 0xA9) {
				return i, 3
			}
		}
	}
	return len(data), 0
}

// ScanParagraphs is a bufio.SplitFunc that returns each non-blank line of
// text, trimmed of white space, as a paragraph. Line breaks are \n, \r\n, \r,
// U+2028 and U+2029. Chinese web text marks paragraphs by line breaks, so
// blank lines carry no meaning and are skipped.
func ScanParagraphs(data []byte, atEOF bool) (advance int, token []byte, err error) {
	for advance < len(data) {
		rest := data[advance:]
		n, brk := lineEnd(rest)
		if brk == 0 && !atEOF {
			return advance, nil, nil // need the rest of the line
		}
		if brk == 1 && rest[n] == '\r' && n+1 == len(rest) && !atEOF {
			return advance, nil, nil // a \n may follow
		}
		line := bytes.TrimSpace(rest[:n])
		advance += n + brk
		if len(line) > 0 {
			return advance, line, nil
		}
	}
	return advance, nil, nil
}
