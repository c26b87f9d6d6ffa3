import Comparison
import Foundation
import Reports
import Testing

@Suite("HTML report")
struct HTMLRendererTests {
  /// The everything story with hostile text in every string an article controls.
  static let hostile: ComparisonReport = {
    var report = EverythingStory.report
    let attack =
      "<script>alert(\"x&y\")</script> it's <b>bold</b> & \"quoted\" <img src=x onerror=alert(1)>"
    report.articles[0].title = attack
    report.articles[0].outlet = "O'Brien & \"Sons\" <i>"
    report.articles[0].sentences[5].text = attack
    report.divergences[0].readings[0].normalized = "</mark><script>1</script>"
    report.divergences[1].note = "<script>note</script>"
    report.divergences[1].slot = "\"><script>slot</script>"
    return report
  }()

  @Test("Markup in article strings is escaped, never emitted")
  func escapesArticleStrings() {
    let html = HTMLRenderer().render(Self.hostile)
    #expect(!html.contains("<script"))
    #expect(!html.contains("<img"))
    #expect(!html.contains("<b>bold"))
    #expect(!html.contains("<i>"))
    #expect(html.contains("&lt;script&gt;alert(&quot;x&amp;y&quot;)&lt;/script&gt;"))
    #expect(html.contains("it&#39;s &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;"))
    #expect(html.contains("O&#39;Brien &amp; &quot;Sons&quot; &lt;i&gt;"))
    #expect(html.contains("&lt;/mark&gt;&lt;script&gt;1&lt;/script&gt;"))
  }

  @Test("An article id with markup becomes text, and element ids come from positions")
  func escapesArticleIDs() {
    var report = EverythingStory.report
    let id = "x\" onmouseover=\"alert(1)"
    report.articles[4].id = id
    for position in report.unmatched.indices where report.unmatched[position].article == "en-blog" {
      report.unmatched[position].article = id
    }
    let html = HTMLRenderer().render(report)
    #expect(!html.contains("onmouseover=\"alert"))
    #expect(html.contains("x&quot; onmouseover=&quot;alert(1)"))
    #expect(html.contains("id=\"a5\""))
  }

  @Test("Control characters become U+FFFD")
  func replacesControlCharacters() {
    var report = EverythingStory.report
    report.articles[0].sentences[5].text = "bell\u{07} and nul\u{00} end"
    let html = HTMLRenderer().render(report)
    #expect(html.contains("bell\u{FFFD} and nul\u{FFFD} end"))
  }

  @Test("The page requests nothing: no script, no external URL, style inline")
  func isSelfContained() {
    let html = HTMLRenderer().render(EverythingStory.report)
    #expect(!html.contains("<script"))
    #expect(!html.contains("http://"))
    #expect(!html.contains("https://"))
    #expect(!html.contains("<link"))
    #expect(!html.contains("@import"))
    #expect(!html.contains("url("))
    #expect(html.contains("<style>"))
  }

  @Test("Divergent spans are marked by kind, one mark per reading in the divergence cards")
  func marksSpansByKind() {
    let html = HTMLRenderer().render(EverythingStory.report)
    for kind in ComparisonReport.DivergenceKind.allCases {
      #expect(html.contains("<mark class=\"kind-\(kind.rawValue)\""), "no mark for \(kind)")
      #expect(html.contains("class=\"divergence kind-\(kind.rawValue)\""))
    }
    #expect(
      html.contains("<mark class=\"kind-number\" title=\"D2 number\">About 1,000 troops</mark>")
    )
    #expect(html.contains("<mark class=\"kind-date\" title=\"D3 date\">8月</mark>"))
  }

  @Test("Tags open and close in balance")
  func balancesTags() {
    let html = HTMLRenderer().render(Self.hostile)
    for tag in [
      "section", "div", "table", "tr", "td", "th", "mark", "article", "ol", "ul", "li", "p", "a",
      "span",
    ] {
      let opened =
        html.components(separatedBy: "<\(tag)>").count - 1
        + html.components(separatedBy: "<\(tag) ").count - 1
      let closed = html.components(separatedBy: "</\(tag)>").count - 1
      #expect(opened == closed, "<\(tag)>: \(opened) opened, \(closed) closed")
    }
  }
}
