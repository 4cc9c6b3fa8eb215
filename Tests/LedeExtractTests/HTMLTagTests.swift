import Testing
@testable import LedeExtract

/// `node.is(.tag)` (the interned id) against the spelled-name test `node.is("tag")`.
struct HTMLTagTests {
    /// Every element and text node of the document, for every ``HTMLTag``.
    static func agree(_ document: HTMLDocument) -> Bool {
        var agree = true
        document.root?.walk { node in
            for tag in HTMLTag.allCases {
                let spelled = node.isElement && node.name == tag.name
                if node.is(tag) != spelled { agree = false }
            }
            return .continue
        }
        return agree
    }

    @Test func idsSpellTheirNames() {
        #expect(HTMLTag.names.count == HTMLTag.allCases.count)
        #expect(HTMLTag.p.name == "p" && HTMLTag.blockquote.name == "blockquote" && HTMLTag.body.name == "body")
    }

    /// Written markup: every listed tag, unlisted ones (`em`, a custom element), a prefixed name
    /// (`fb:p` keeps its local part), upper case, text and comments (never an element).
    @Test func writtenMarkup() throws {
        let page = """
        <!DOCTYPE html><HTML><head><meta name=x content=y><link rel=canonical href=/a><style>p{}</style><script>1</script></head>
        <BODY><main><header><h1>T</h1></header><article><section><p>a <em>b</em> <a href=/x>c</a><br></p>
        <fb:p>d</fb:p><my-widget>e</my-widget><figure><figcaption>f</figcaption></figure><blockquote>g</blockquote>
        <pre>h</pre><ul><li>i</li></ul><ol><li>j</li></ol><table><tr><th>k</th><td>l</td></tr></table><div><span>m</span></div>
        <h2>n</h2><h3>o</h3><time>p</time><nav>q</nav><aside>r</aside><button>s</button><noscript>t</noscript>
        <template>u</template><!-- v --></section></article></main><footer>w</footer></BODY></HTML>
        """
        let document = try HTMLDocument(utf8: Array(page.utf8))
        #expect(Self.agree(document))
        #expect(document.first("p")?.is(.p) == true)
        #expect(document.first("em")?.is(.p) == false)
    }

    @Test func benchmarkPages() throws {
        guard let pages = try SharedData.benchmarkPages() else { return }
        for (file, raw) in pages {
            let (utf8, _) = try TextDecoder.decodeToUTF8(raw, contentType: nil)
            let document = try HTMLDocument(utf8: utf8)
            #expect(Self.agree(document), "\(file)")
        }
    }
}
