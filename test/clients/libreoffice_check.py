"""Opens a Writer document in a running headless LibreOffice and prints, as JSON, the grammar errors its
LanguageTool Remote checker reports for each paragraph (what Writer underlines in blue/orange).

Run with the system Python that has python3-uno:  python3 libreoffice_check.py <uno-port> <record-file> <locale>
The record file holds one paragraph a line. LibreOffice must already be configured (its profile) with the
LanguageTool base URL and the checker enabled.
"""
import json
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException
from com.sun.star.lang import Locale


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(port):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + 60
    while True:
        try:
            return resolver.resolve(f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext")
        except NoConnectException:
            if time.time() > deadline:
                raise
            time.sleep(0.5)


def main():
    port, record_file, tag = sys.argv[1], sys.argv[2], sys.argv[3]
    language, _, country = tag.partition("-")
    locale = Locale(language, country, "")
    paragraphs = [line for line in open(record_file, encoding="utf-8").read().split("\n") if line.strip()]

    ctx = connect(port)
    smgr = ctx.ServiceManager
    # Writer's own choice of grammar checker for the language: LanguageTool Remote, as Tools > Options >
    # Language Settings > Writing Aids would set it.
    lingu = smgr.createInstanceWithContext("com.sun.star.linguistic2.LinguServiceManager", ctx)
    available = list(lingu.getAvailableServices("com.sun.star.linguistic2.Proofreader", locale))
    lingu.setConfiguredServices("com.sun.star.linguistic2.Proofreader", locale, ("org.openoffice.lingu.LanguageToolGrammarChecker",))

    desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    doc = desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, (prop("Hidden", True),))
    text = doc.getText()
    cursor = text.createTextCursor()
    for i, paragraph in enumerate(paragraphs):
        if i > 0:
            text.insertControlCharacter(cursor, 0, False)  # PARAGRAPH_BREAK
        text.insertString(cursor, paragraph, False)
    cursor.gotoStart(False)
    cursor.gotoEnd(True)
    cursor.setPropertyValue("CharLocale", locale)

    # The proofreading iterator is what runs Writer's automatic grammar checking; ask it paragraph by paragraph.
    iterator = smgr.createInstanceWithContext("com.sun.star.linguistic2.ProofreadingIterator", ctx)
    flat = doc.getFlatParagraphIterator(2, True)  # TextMarkupType.PROOFREADING, automatic
    para = flat.getFirstPara()
    out = []
    while para is not None:
        content = para.getText()
        errors = []
        if content.strip():
            result = iterator.checkSentenceAtPosition(doc, para, content, locale, 0, len(content), -1)
            for e in result.aErrors:
                errors.append({
                    "start": e.nErrorStart,
                    "length": e.nErrorLength,
                    # LibreOffice counts UTF-16 code units, as LanguageTool does; Python counts code points.
                    "words": content.encode("utf-16-le")[2 * e.nErrorStart:2 * (e.nErrorStart + e.nErrorLength)].decode("utf-16-le", "replace"),
                    "short": e.aShortComment,
                    "full": e.aFullComment,
                    "suggestions": list(e.aSuggestions),
                })
        out.append({"text": content, "errors": errors})
        para = flat.getParaAfter(para)
    doc.close(True)
    print(json.dumps({"available": available, "paragraphs": out}))


if __name__ == "__main__":
    main()
