import Comparison
import Reports
import TextCore
import Testing

@Suite("Terminal report")
struct TerminalRendererTests {
  static let widths = [20, 32, 44, 60, 80, 120]

  @Test(
    "No line is wider than the width, counting CJK characters as two columns",
    arguments: widths
  )
  func wrapsToWidth(_ width: Int) {
    var options = TerminalRenderer.Options()
    options.width = width
    let output = TerminalRenderer(options: options).render(EverythingStory.report)
    for line in output.split(separator: "\n") {
      #expect(TextCoreInfo.displayWidth(of: String(line)) <= width, "\(line)")
    }
  }

  @Test("A fact's heading shows each anchor value once (a concept and its word)")
  func anchorValuesOnce() {
    var report = EverythingStory.report
    report.facts[1].evidence = EverythingStory.evidence(
      0.55,
      ["concept": 0.35, "concept-word": 0.1],
      [(.concept, "island", 0.7), (.conceptWord, "island", 0.2), (.unit, "km", 0.1)]
    )
    let output = TerminalRenderer().render(report)
    #expect(output.contains("F2 similarity 0.55 · island, km\n"), "\(output)")
  }

  @Test("Japanese text wraps between characters, not only at spaces")
  func wrapsJapanese() {
    var options = TerminalRenderer.Options()
    options.width = 30
    let output = TerminalRenderer(options: options).render(EverythingStory.report)
    #expect(output.contains("岸田総理とマクロン大統領\n"))
    #expect(!output.contains("\n。"))
    #expect(!output.contains("\n、"))
  }

  @Test("No colour unless asked for; colour marks each kind")
  func coloursOnlyWhenAsked() {
    let plain = TerminalRenderer().render(EverythingStory.report)
    #expect(!plain.contains("\u{1B}"))
    #expect(plain.contains("^^^"))
    var options = TerminalRenderer.Options()
    options.usesColor = true
    let coloured = TerminalRenderer(options: options).render(EverythingStory.report)
    #expect(coloured.contains("\u{1B}[1;30;43mAbout 1,000 troops\u{1B}[0m"))
    #expect(!coloured.contains("^^^"))
  }

  @Test("Escape sequences in article text cannot reach the terminal")
  func neutralisesControlCharacters() {
    var report = EverythingStory.report
    report.articles[0].sentences[5].text = "Shares\u{1B}[2J rose\u{07}."
    let output = TerminalRenderer().render(report)
    #expect(!output.contains("\u{1B}"))
    #expect(!output.contains("\u{07}"))
    #expect(output.contains("Shares\u{FFFD}[2J rose\u{FFFD}."))
  }

  @Test("Divergences come before facts, and facts before unmatched claims")
  func ordersSections() throws {
    let output = TerminalRenderer().render(EverythingStory.report)
    let divergences = try #require(output.range(of: "Divergences (6)"))
    let facts = try #require(output.range(of: "Shared facts (4)"))
    let unmatched = try #require(output.range(of: "Unmatched claims (7)"))
    #expect(divergences.lowerBound < facts.lowerBound)
    #expect(facts.lowerBound < unmatched.lowerBound)
  }
}
