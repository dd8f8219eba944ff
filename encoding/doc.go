// Package encoding decodes the bytes of Chinese web text to UTF-8 and repairs
// text that an earlier program decoded with the wrong charset (mojibake).
package encoding
