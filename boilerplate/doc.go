// Package boilerplate tells the article paragraphs of an extracted Chinese web
// page from its furniture (navigation, share bars, related lists, footers,
// forms), with a reason for every paragraph it drops.
package boilerplate
