import Foundation
import TestSupport
import Testing

@testable import TextCore

/// A segmentation case: a language and a text with its expected sentence ends marked by `÷`.
struct SegmentationCase: Sendable, CustomTestStringConvertible {
  let name: String
  let language: Language
  let sample: MarkedText

  init(_ name: String, _ language: Language, _ marked: String) {
    self.name = name
    self.language = language
    self.sample = MarkedText(marked)
  }

  var testDescription: String { name }
}

@Suite("Sentence segmentation")
struct SentenceSegmenterTests {
  static let traps: [SegmentationCase] = [
    SegmentationCase(
      "English Mr. and Dr. before names",
      .english,
      "Mr. Smith met Dr. Jones in Paris. ÷They spoke for an hour.÷"
    ),
    SegmentationCase(
      "English military ranks Gen. and Lt. Col.",
      .english,
      "Gen. Charles Flynn and Lt. Col. Mark Smith spoke. ÷Talks resume Monday.÷"
    ),
    SegmentationCase(
      "English U.S. before a name is not an end",
      .english,
      "Tokyo hosts the biggest concentration of U.S. forces abroad. ÷The official said a deal could take a year.÷"
    ),
    SegmentationCase(
      "English U.S. at the end before a stop word",
      .english,
      "He studied in the U.S. ÷The talks resume Monday.÷"
    ),
    SegmentationCase(
      "English p.m. inside a sentence (kantei readout)",
      .english,
      "On May 2, commencing at 1:35 p.m. local time (8:35 p.m. on May 2, Japan Time) for approximately 2 hours, Mr. KISHIDA Fumio held a lunch. ÷The overview is as follows.÷"
    ),
    SegmentationCase(
      "English Dec. before a day number",
      .english,
      "The talks began on Dec. 5 in Paris. ÷They ended late.÷"
    ),
    SegmentationCase(
      "English quote followed by the speaker (seed)",
      .english,
      "\"They agreed to start negotiations,\" a Japanese government official said, as Prime Minister Fumio Kishida and President Emmanuel Macron met in Paris. ÷\"Given the accumulation of cooperation and (military) exercises, we consider this important.\"÷"
    ),
    SegmentationCase(
      "French M. and Mme before names (FLORES)",
      .french,
      "M. Siminoff a déclaré que les ventes ont augmenté. ÷Mme Kirchner a annoncé son intention de se présenter.÷"
    ),
    SegmentationCase(
      "French closing guillemet after a space (FLORES)",
      .french,
      "Danius a déclaré : « En ce moment, nous ne faisons rien. ÷Pour l'instant, c'est certainement suffisant.\u{202F}» ÷Il est parti.÷"
    ),
    SegmentationCase(
      "French Pr. before a name",
      .french,
      "Le Pr. Martin a confirmé les chiffres. ÷Il s'est dit inquiet.÷"
    ),
    SegmentationCase(
      "French words ending in -aux end sentences, M. still does not (NTREX)",
      .french,
      "Ils ont trouvé refuge dans la cour de leurs bureaux. ÷Sur le chemin, ils ont découvert des scènes de dévastation, explique M. Doseba. ÷Les ocelots sont friands de petits animaux. ÷Ils attrapent des singes.÷"
    ),
    SegmentationCase(
      "French 15 h 00 (Wikinews)",
      .french,
      "Le Japon a subi aujourd'hui, à 15 h 00 locale, un violent séisme de magnitude 8,9 sur l'échelle du moment. ÷Il s'agit du séisme le plus fort s'étant produit au Japon depuis 140 ans, selon l'agence météorologique.÷"
    ),
    SegmentationCase(
      "French sentence starting with a number",
      .french,
      "Paris espère conclure en un an. ÷3 milliards d'euros sont en jeu.÷"
    ),
    SegmentationCase(
      "Japanese quoted speech with an inner full stop (FLORES)",
      .japanese,
      "ダニアスは「今は何もしていない。彼の親しい協力者に電話をかけたり、メールを送ったりしたが、非常に友好的な返事が返ってきた。今のところは、確かにそれで十分だ。」と語った。÷"
    ),
    SegmentationCase(
      "Japanese quote ending in a full stop before と",
      .japanese,
      "「合意した。」と政府関係者が語った。÷交渉は約１年かかる見通しだ。÷"
    ),
    SegmentationCase(
      "Japanese nested quotes (Wikinews)",
      .japanese,
      "麻生太郎自民党幹事長は、「辞意はずいぶん前から聞いていた。理由については『自分には求心力がない』と聞いている」と、記者団に対して話した。÷首相は、大島理森国会対策委員長にも「代表質問に答えられない」との意向を伝えた。÷"
    ),
    SegmentationCase(
      "Japanese full-width exclamation and question marks",
      .japanese,
      "本当か！÷そうだ？÷はい。÷"
    ),
    SegmentationCase(
      "Japanese closing bracket after a full stop",
      .japanese,
      "両首脳は一致した（交渉は続く。）÷次の会合は来年だ。÷"
    ),
    SegmentationCase(
      "Japanese ideographic space and full-width digits",
      .japanese,
      "\u{3000}現地時間５月２日午後１時３５分から約２時間、会談した。÷概要は以下のとおり。÷"
    ),
    SegmentationCase(
      "A list number joins its item (MOFA readout)",
      .japanese,
      "1. 冒頭、岸田総理大臣から、パリ訪問をうれしく思う旨述べました。÷"
    ),
  ]

  @Test("Sentence ends fall where the markers are", arguments: traps)
  func splitsAtMarkers(_ testCase: SegmentationCase) throws {
    let sentences = try SentenceSegmenter(language: testCase.language).sentences(
      in: testCase.sample.text
    )
    #expect(sentences.map(\.utf8Range.upperBound) == testCase.sample.boundaries)
  }

  @Test("Sentence text is the original slice without trailing white space")
  func textMatchesRange() throws {
    let text =
      "France and Japan agreed on Thursday to start formal talks.  \nThe G7 allies have held exercises.\n"
    let sentences = try SentenceSegmenter(language: .english).sentences(in: text)
    let bytes = Array(text.utf8)
    #expect(sentences.count == 2)
    for sentence in sentences {
      let slice = String(decoding: bytes[sentence.utf8Range], as: UTF8.self)
      #expect(slice.hasPrefix(sentence.text))
      #expect(slice.dropFirst(sentence.text.count).allSatisfy { $0.isWhitespace })
    }
  }

  @Test("A line break always ends a sentence, even after an abbreviation")
  func lineBreakEndsSentence() throws {
    let text = "By John Irish\nPARIS\nFrance and Japan agreed on Thursday.\nMr.\nSmith"
    let sentences = try SentenceSegmenter(language: .english).sentences(in: text)
    #expect(
      sentences.map(\.text) == [
        "By John Irish", "PARIS", "France and Japan agreed on Thursday.", "Mr.", "Smith",
      ]
    )
  }

  @Test("Empty and white-space-only text has no sentences")
  func emptyText() throws {
    #expect(try SentenceSegmenter(language: .english).sentences(in: "").isEmpty)
    #expect(try SentenceSegmenter(language: .japanese).sentences(in: " \n\u{3000}\n").isEmpty)
  }

  @Test("Ranges of every example article tile it in order")
  func exampleRangesAreOrdered() throws {
    for folder in try RepositoryFiles.storyFolders() {
      let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
        $0.hasSuffix(".txt")
      }
      for file in files.sorted() {
        let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        let language = Language(tag: String(file.prefix(2))) ?? .english
        let sentences = try SentenceSegmenter(language: language).sentences(in: text)
        #expect(!sentences.isEmpty, "\(file)")
        let bytes = Array(text.utf8)
        var previousEnd = 0
        for sentence in sentences {
          #expect(sentence.utf8Range.lowerBound >= previousEnd, "\(file): \(sentence.text)")
          #expect(
            String(decoding: bytes[sentence.utf8Range], as: UTF8.self).hasPrefix(sentence.text)
          )
          previousEnd = sentence.utf8Range.upperBound
        }
      }
    }
  }
}
