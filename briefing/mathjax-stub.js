// MathJax stub: charts use no LaTeX; kaleido must not fetch MathJax from a CDN.
