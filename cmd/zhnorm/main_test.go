package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// zhnorm runs the command in-process.
func zhnorm(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

const seed000 = "../../testdata/corpus/000_6ffcbbd41b69881b.txt"

func TestCleanFile(t *testing.T) {
	out, errOut, code := zhnorm(t, "", seed000)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "近日，我市分别召开专题会议")
	assert.NotContains(t, out, "![]()")
	assert.Equal(t, 1, strings.Count(out, "成都市生物医药产业基础较好"), "the repeated body must appear once")
}

func TestStdin(t *testing.T) {
	out, _, code := zhnorm(t, "醫藥產業發展迅速。\n", "-no-boilerplate")
	assert.Equal(t, 0, code)
	assert.Equal(t, "医药产业发展迅速。\n", out)
}

func TestExplain(t *testing.T) {
	_, errOut, code := zhnorm(t, "", "-explain", seed000)
	require.Equal(t, 0, code)
	for _, want := range []string{"dedupe drop", "boilerplate drop", "chars rewrite [punctuation]"} {
		assert.Contains(t, errOut, want)
	}
	for _, line := range strings.Split(strings.TrimSpace(errOut), "\n") {
		assert.True(t, strings.HasPrefix(line, seed000+": line "), "explain line without file and line: %q", line)
	}
}

func TestMissingFile(t *testing.T) {
	_, errOut, code := zhnorm(t, "", "no/such/file.txt")
	assert.Equal(t, exitInput, code)
	assert.Contains(t, errOut, "no/such/file.txt: no such file or directory")
	assert.NotContains(t, errOut, "goroutine", "no stack traces")
}

func TestBinaryFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bin")
	require.NoError(t, os.WriteFile(path, []byte("\x00\x01\x02\x03\x00\x00\x05binary\x00\x07"), 0o644))
	_, errOut, code := zhnorm(t, "", path)
	assert.Equal(t, exitInput, code)
	assert.Contains(t, errOut, path+":")
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"-variant", "s2t"},
		{"-j", "0"},
		{"-dedupe-docs", "drop"},
		{"-learn", "3"},
		{"-nosuchflag"},
	} {
		_, errOut, code := zhnorm(t, "", args...)
		assert.Equal(t, exitUsage, code, "%v: %s", args, errOut)
		assert.NotEmpty(t, errOut, "%v", args)
	}
}

func jsonLines(docs ...string) string {
	var b strings.Builder
	for i, d := range docs {
		fmt.Fprintf(&b, `{"id":%d,"text":%q,"url":"u%d"}`+"\n", i, d, i)
	}
	return b.String()
}

func TestJSONLKeepsOrderAndFields(t *testing.T) {
	var docs []string
	for i := range 50 {
		docs = append(docs, fmt.Sprintf("第%d篇文章的正文内容在这里,內容豐富。", i))
	}
	out, errOut, code := zhnorm(t, jsonLines(docs...), "-jsonl", "-j", "4")
	require.Equal(t, 0, code, errOut)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 50)
	for i, l := range lines {
		require.True(t, strings.HasPrefix(l, fmt.Sprintf(`{"id":%d,"text":`, i)), "line %d out of order or fields reordered: %s", i, l)
		var obj map[string]any
		require.NoError(t, json.Unmarshal([]byte(l), &obj))
		assert.Equal(t, fmt.Sprintf("第%d篇文章的正文内容在这里，内容丰富。\n", i), obj["text"])
		assert.Equal(t, fmt.Sprintf("u%d", i), obj["url"])
		assert.Contains(t, obj, "zhnorm")
	}
}

func TestJSONLBadLine(t *testing.T) {
	in := jsonLines("第一篇。") + "{not json\n" + jsonLines("第三篇。")
	out, errOut, code := zhnorm(t, in, "-jsonl")
	assert.Equal(t, exitInput, code)
	assert.Contains(t, errOut, "<stdin>:2: malformed JSON")
	assert.Equal(t, 1, strings.Count(out, "\n"), "output stops at the bad line")

	out, errOut, code = zhnorm(t, in, "-jsonl", "-keep-going")
	assert.Equal(t, exitInput, code, "-keep-going still reports failure")
	assert.Contains(t, errOut, "<stdin>:2: malformed JSON")
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 3)
	assert.Equal(t, "{not json", lines[1], "the bad line passes through untouched")
}

func TestJSONLFieldErrors(t *testing.T) {
	_, errOut, code := zhnorm(t, `{"body":"x"}`+"\n", "-jsonl")
	assert.Equal(t, exitInput, code)
	assert.Contains(t, errOut, `<stdin>:1: no field "text"`)
	out, errOut, code := zhnorm(t, `{"body":"醫藥。"}`+"\n", "-jsonl", "-field", "body")
	assert.Equal(t, 0, code, errOut)
	assert.Contains(t, out, `"body":"医药。\n"`)
	_, errOut, _ = zhnorm(t, `{"text":3}`+"\n", "-jsonl")
	assert.Contains(t, errOut, `field "text" is not a string`)
}

func TestJSONLLineTooLong(t *testing.T) {
	long := jsonLines(strings.Repeat("长", 2000))
	in := jsonLines("第一篇。") + long + jsonLines("第三篇。")
	_, errOut, code := zhnorm(t, in, "-jsonl", "-max-size", "1000")
	assert.Equal(t, exitInput, code)
	assert.Contains(t, errOut, "<stdin>:2: line longer than -max-size 1000 bytes")

	out, _, code := zhnorm(t, in, "-jsonl", "-max-size", "1000", "-keep-going")
	assert.Equal(t, exitInput, code)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 3)
	assert.Equal(t, strings.TrimSuffix(long, "\n"), lines[1], "the long line passes through whole")
}

func TestJSONLLongLineStreamsThrough(t *testing.T) {
	// Longer than the reader's 64 KiB buffer, so the rest is streamed.
	long := jsonLines(strings.Repeat("长", 50000))
	in := jsonLines("第一篇。") + long + jsonLines("第三篇。")
	out, _, code := zhnorm(t, in, "-jsonl", "-max-size", "1000", "-keep-going", "-j", "3")
	assert.Equal(t, exitInput, code)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 3)
	assert.Equal(t, strings.TrimSuffix(long, "\n"), lines[1])
	assert.Contains(t, lines[2], "第三篇")
}

func TestDedupeDocs(t *testing.T) {
	body := "成都市生物医药产业基础较好，我市将在已有工作基础上，采取一系列举措加快发展，力争用3年左右时间建成国内重要的医药研发创新中心、产业孵化中心和医药贸易中心，成为特色鲜明的国家生物医药产业基地。近年来年均增幅保持在20%左右，拥有一批优势企业和产品，科技创新能力较强。"
	other := "武汉有两座将军山，分别位于新洲和江夏，一东一南。记者从市区驱车约100公里，前往武汉东部最高峰的新洲区将军山。沿着新修的步道信步登顶，爬上瞭望台远眺，群山叠嶂、满眼苍翠，山上的林木长势喜人，成为当地重要的碳汇资源。"
	in := jsonLines(body, other, body+"欢迎转载。")
	out, errOut, code := zhnorm(t, in, "-jsonl", "-dedupe-docs", "drop", "-j", "2")
	require.Equal(t, 0, code, errOut)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 2, "the near copy is dropped")
	assert.Contains(t, lines[1], "将军山")

	out, _, code = zhnorm(t, in, "-jsonl", "-dedupe-docs", "mark")
	require.Equal(t, 0, code)
	lines = strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 3)
	assert.Contains(t, lines[2], `"duplicate_of":"<stdin>:1"`)
	assert.NotContains(t, lines[1], `"duplicate_of"`)
}

func TestLearnFurniture(t *testing.T) {
	dir := t.TempDir()
	var in strings.Builder
	topics := []string{"防汛抗旱", "垃圾分类", "老旧小区改造", "义务教育", "乡村振兴", "营商环境"}
	for _, topic := range topics {
		doc := fmt.Sprintf("本市今天召开了关于%s工作的专题会议，会议研究部署了下一阶段的重点任务和保障措施。\n本网站由某某科技公司提供技术支持服务热线请拨打", topic)
		fmt.Fprintf(&in, "{\"text\":%q}\n", doc)
	}
	path := filepath.Join(dir, "docs.jsonl")
	require.NoError(t, os.WriteFile(path, []byte(in.String()), 0o644))
	furniture := filepath.Join(dir, "furniture.txt")
	out, errOut, code := zhnorm(t, "", "-jsonl", "-learn", "3", "-furniture", furniture, path)
	require.Equal(t, 0, code, errOut)
	assert.NotContains(t, out, "技术支持服务热线", "a line on every page is furniture")
	assert.Contains(t, out, "关于营商环境工作的专题会议")
	learned, err := os.ReadFile(furniture)
	require.NoError(t, err)
	assert.Contains(t, string(learned), "本网站由某某科技公司提供技术支持服务热线请拨打")
}

func TestSignatures(t *testing.T) {
	in := `{"id":"a","text":"成都市生物医药产业基础较好，我市将在已有工作基础上采取一系列举措加快发展。"}` + "\n" +
		`{"id":7,"text":"武汉有两座将军山，分别位于新洲和江夏，一东一南。"}` + "\n"
	out, errOut, code := zhnorm(t, in, "signatures", "-jsonl")
	require.Equal(t, 0, code, errOut)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 2)
	var sig struct {
		ID      string   `json:"id"`
		MinHash []uint32 `json:"minhash"`
		Bands   []string `json:"bands"`
	}
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &sig))
	assert.Equal(t, "a", sig.ID)
	assert.NotEmpty(t, sig.MinHash)
	assert.NotEmpty(t, sig.Bands)
	require.NoError(t, json.Unmarshal([]byte(lines[1]), &sig))
	assert.Equal(t, "7", sig.ID)

	again, _, _ := zhnorm(t, in, "signatures", "-jsonl", "-j", "1")
	assert.Equal(t, out, again, "signatures are deterministic")
}

func TestSignaturesBadLine(t *testing.T) {
	in := `{"id":"a","text":"成都市生物医药产业基础较好。"}` + "\n{oops\n" + `{"id":"c","text":"武汉有两座将军山。"}` + "\n"
	out, errOut, code := zhnorm(t, in, "signatures", "-jsonl", "-keep-going")
	assert.Equal(t, exitInput, code)
	assert.Contains(t, errOut, "<stdin>:2: malformed JSON")
	assert.NotContains(t, out, "oops", "a signature stream carries no passed-through lines")
	assert.Equal(t, 2, strings.Count(out, "\n"))
}

func TestHelp(t *testing.T) {
	_, errOut, code := zhnorm(t, "", "-h")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, errOut, "-explain")
}

func TestProgressBar(t *testing.T) {
	assert.Equal(t, "", progressBar(5, 0), "no bar when the total is unknown")
	assert.Equal(t, "[############............]  50%  ", progressBar(50, 100))
	assert.Equal(t, "[########################] 100%  ", progressBar(120, 100))
	_, errOut, code := zhnorm(t, "", "-progress", "always", seed000)
	require.Equal(t, 0, code)
	assert.Contains(t, errOut, "100%")
	assert.Contains(t, errOut, "1 docs")
}
