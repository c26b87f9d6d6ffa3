import Comparison
import Reports
import Testing

@Suite("Markdown report")
struct MarkdownRendererTests {
  @Test("Markdown and HTML in article text are escaped")
  func escapesArticleText() {
    var report = EverythingStory.report
    report.articles[0].sentences[5].text = "*bold* _it_ <script>x</script> | [link](y) `code`"
    let markdown = MarkdownRenderer().render(report)
    #expect(
      markdown.contains(
        "\\*bold\\* \\_it\\_ \\<script\\>x\\</script\\> \\| \\[link\\](y) \\`code\\`"
      )
    )
    #expect(!markdown.contains("<script>"))
  }

  @Test("The title level sets the heading depth of every section")
  func usesTitleLevel() {
    var options = MarkdownRenderer.Options()
    options.titleLevel = 2
    let markdown = MarkdownRenderer(options: options).render(EverythingStory.report)
    #expect(markdown.hasPrefix("## Story comparison\n"))
    #expect(markdown.contains("\n### Divergences\n"))
    #expect(markdown.contains("\n#### D1 · qualifier"))
  }
}
