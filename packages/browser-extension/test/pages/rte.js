// A classic rich-text editor: an about:blank iframe whose body is contenteditable (as TinyMCE and CKEditor 4 do).
const frame = document.getElementById('rte');
const doc = frame.contentDocument;
doc.open();
doc.write('<!doctype html><html><head><link rel="stylesheet" href="/rte-content.css"></head><body id="rte-body" contenteditable="true"><p><br></p></body></html>');
doc.close();
