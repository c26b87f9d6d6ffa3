import Comparison
import Reports
import Testing

@Suite("CSV report")
struct CSVRendererTests {
  /// Parses RFC 4180 text into records of fields.
  static func parse(_ text: String) -> [[String]] {
    var records = [[String]]()
    var record = [String]()
    var field = ""
    var quoted = false
    var characters = Array(text)[...]
    while let character = characters.popFirst() {
      if quoted {
        if character == "\"" {
          if characters.first == "\"" {
            field.append("\"")
            characters.removeFirst()
          } else {
            quoted = false
          }
        } else {
          field.append(character)
        }
      } else if character == "\"" {
        quoted = true
      } else if character == "," {
        record.append(field)
        field = ""
      } else if character == "\r\n" || character == "\n" {
        record.append(field)
        records.append(record)
        record = []
        field = ""
      } else {
        field.append(character)
      }
    }
    if !field.isEmpty || !record.isEmpty { records.append(record + [field]) }
    return records
  }

  @Test("Every record has the documented columns, and fields read back as written")
  func roundTrips() throws {
    var report = EverythingStory.report
    report.articles[0].sentences[5].text = "He said \"yes, twice\",\nthen left "
    let csv = CSVRenderer().render(report)
    let records = Self.parse(csv)
    #expect(records.first == CSVRenderer.columns)
    #expect(records.allSatisfy { $0.count == CSVRenderer.columns.count })
    let row = try #require(records.first { $0.first == "unmatched" && $0[9] == "5" })
    #expect(row[10] == "He said \"yes, twice\",\nthen left ")
    // facts × articles + readings + unmatched claims, plus the header
    #expect(records.count == 1 + 4 * 5 + 15 + 7)
  }

  @Test("Records end with CRLF by default")
  func usesCRLF() {
    let csv = CSVRenderer().render(EverythingStory.report)
    #expect(csv.hasSuffix("\r\n"))
    #expect(csv.utf8.filter { $0 == 10 }.count == csv.utf8.filter { $0 == 13 }.count)
  }

  @Test("A story column comes first when asked for")
  func addsStoryColumn() {
    var options = CSVRenderer.Options()
    options.story = "raa"
    let records = Self.parse(CSVRenderer(options: options).render(EverythingStory.report))
    #expect(records.first?.first == "story")
    #expect(records.dropFirst().allSatisfy { $0.first == "raa" })
  }
}
