// Package normalize turns raw Chinese web text into clean simplified article
// text: it sequences the encoding, character, conversion, boilerplate and
// dedupe stages and reports every change it makes.
package normalize
