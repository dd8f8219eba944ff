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
