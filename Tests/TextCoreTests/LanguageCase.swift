import TextCore
import Testing

/// A named test case: a text in a language and what the code under test should make of it.
struct LanguageCase<Expected: Sendable>: Sendable, CustomTestStringConvertible {
  let name: String
  let language: Language
  let text: String
  let expected: Expected

  init(_ name: String, _ language: Language, _ text: String, _ expected: Expected) {
    self.name = name
    self.language = language
    self.text = text
    self.expected = expected
  }

  var testDescription: String { name }
}
