import Comparison
import TextCore

/// Styled text laid out in terminal columns: wrapping at a width, CJK characters counted as two
/// columns (ICU's East Asian Width, through `TextCoreInfo.displayWidth(of:)`), colour as ANSI
/// escape sequences only when asked for.
struct TerminalLayout {
  /// How a piece of text looks.
  enum Style: Hashable {
    case plain
    case strong
    case dim
    case highlight(ComparisonReport.DivergenceKind)
  }

  /// A piece of text in one style.
  struct Run: Hashable {
    var text: String
    var style: Style

    init(_ text: String, _ style: Style = .plain) {
      self.text = text
      self.style = style
    }
  }

  /// One character with its style and its width in columns.
  private struct Cell {
    var character: Character
    var style: Style
    var width: Int
  }

  /// A line of styled text.
  typealias Line = [Run]

  /// Whether lines get ANSI colour.
  var usesColor: Bool

  /// The columns a string takes.
  static func width(of text: String) -> Int { TextCoreInfo.displayWidth(of: text) }

  /// The columns a line takes.
  static func width(of line: Line) -> Int { line.reduce(0) { $0 + width(of: $1.text) } }

  /// Replaces control characters (escape sequences in article text could drive the terminal)
  /// by U+FFFD, and tabs and line breaks by spaces.
  static func sanitized(_ text: String) -> String {
    var result = ""
    result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x09, 0x0A, 0x0D: result.unicodeScalars.append(" ")
      case 0x00..<0x20, 0x7F..<0xA0: result.unicodeScalars.append("\u{FFFD}")
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Closing punctuation that must not start a line (Japanese line-breaking rules, kinsoku).
  private static let noLineStart: Set<Character> = [
    "。", "、", "」", "』", "）", "】", "〕", "！", "？", "，", "．", "・", "ー", "ッ", "ャ", "ュ", "ョ",
    "っ", "ゃ", "ゅ", "ょ", ")", "]", ",", ".", ":", ";", "!", "?", "»", "”", "’",
  ]

  /// Wraps styled text into lines of at most `width` columns.
  ///
  /// Lines break at spaces, and between characters that take two columns (Japanese has no
  /// spaces), never before closing punctuation; a word wider than the line is cut. Spaces at
  /// the ends of lines are dropped.
  ///
  /// - Complexity: O(n) in the number of characters.
  static func wrap(_ runs: [Run], width: Int) -> [Line] {
    let width = max(1, width)
    // Cut the text into atoms: the pieces a line may not break inside.
    var atoms = [[Cell]]()
    var current = [Cell]()
    var endsInSpace = false
    var previousWide = false
    for run in runs {
      for character in sanitized(run.text) {
        let cellWidth = Self.width(of: String(character))
        let isSpace = character == " " || character == "\u{3000}"
        let isWide = cellWidth >= 2
        if isSpace {
          current.append(Cell(character: character, style: run.style, width: cellWidth))
          endsInSpace = true
          previousWide = false
          continue
        }
        let breaksBefore =
          !current.isEmpty && !noLineStart.contains(character)
          && (endsInSpace || isWide || previousWide)
        if breaksBefore {
          atoms.append(current)
          current = []
        }
        current.append(Cell(character: character, style: run.style, width: cellWidth))
        endsInSpace = false
        previousWide = isWide
      }
    }
    if !current.isEmpty { atoms.append(current) }
    // Fill lines.
    var lines = [[Cell]]()
    var line = [Cell]()
    var lineWidth = 0
    func trimmedWidth(_ cells: [Cell]) -> Int {
      var cells = cells
      while let last = cells.last, last.character == " " || last.character == "\u{3000}" {
        cells.removeLast()
      }
      return cells.reduce(0) { $0 + $1.width }
    }
    func finishLine() {
      while let last = line.last, last.character == " " || last.character == "\u{3000}" {
        line.removeLast()
      }
      lines.append(line)
      line = []
      lineWidth = 0
    }
    for atom in atoms {
      let visible = trimmedWidth(atom)
      if lineWidth + visible <= width {
        line += atom
        lineWidth += atom.reduce(0) { $0 + $1.width }
        continue
      }
      if !line.isEmpty { finishLine() }
      var atom = atom
      while let first = atom.first, first.character == " " || first.character == "\u{3000}" {
        atom.removeFirst()
      }
      for cell in atom {
        if lineWidth + cell.width > width && !line.isEmpty { finishLine() }
        if line.isEmpty && (cell.character == " " || cell.character == "\u{3000}") { continue }
        line.append(cell)
        lineWidth += cell.width
      }
    }
    if !line.isEmpty || lines.isEmpty { finishLine() }
    return lines.map(runs(of:))
  }

  /// Cells joined back into runs of one style.
  private static func runs(of cells: [Cell]) -> Line {
    var result = Line()
    for cell in cells {
      if let last = result.last, last.style == cell.style {
        result[result.count - 1].text.append(cell.character)
      } else {
        result.append(Run(String(cell.character), cell.style))
      }
    }
    return result
  }

  /// The line under `line` that marks its highlighted characters with carets (`^^^`), for
  /// output without colour; `nil` when nothing in the line is highlighted.
  static func caretLine(under line: Line) -> Line? {
    var text = ""
    var marks = false
    for run in line {
      let runWidth = width(of: run.text)
      if case .highlight = run.style {
        text += String(repeating: "^", count: runWidth)
        marks = true
      } else {
        text += String(repeating: " ", count: runWidth)
      }
    }
    guard marks else { return nil }
    while text.last == " " { text.removeLast() }
    return [Run(text, .dim)]
  }

  /// The SGR parameters of a style, or `nil` for plain text.
  private static func sgr(_ style: Style) -> String? {
    switch style {
    case .plain: nil
    case .strong: "1"
    case .dim: "2"
    case .highlight(let kind):
      switch kind {
      case .number: "1;30;43"
      case .date: "1;30;46"
      case .entity: "1;30;45"
      case .attribution: "1;30;42"
      case .quote: "1;97;44"
      case .qualifier: "1;97;41"
      }
    }
  }

  /// A line as terminal text: ANSI colour when `usesColor`, the bare text otherwise.
  func string(_ line: Line) -> String {
    var result = ""
    for run in line {
      let text = Self.sanitized(run.text)
      if usesColor, let code = Self.sgr(run.style) {
        result += "\u{1B}[\(code)m\(text)\u{1B}[0m"
      } else {
        result += text
      }
    }
    return result
  }

  /// Text wrapped to `width` and indented, as lines; without colour, highlighted characters get
  /// a caret line beneath.
  ///
  /// Lines after the first are indented by `hangingIndent` when it is given.
  func block(_ runs: [Run], width: Int, indent: Int = 0, hangingIndent: Int? = nil) -> [Line] {
    let hanging = hangingIndent ?? indent
    var result = [Line]()
    for (number, line) in Self.wrap(runs, width: width - max(indent, hanging)).enumerated() {
      let prefix = String(repeating: " ", count: max(0, number == 0 ? indent : hanging))
      result.append(line.isEmpty ? [] : [Run(prefix)] + line)
      if !usesColor, let carets = Self.caretLine(under: line) {
        result.append([Run(prefix)] + carets)
      }
    }
    return result
  }

  /// Blocks side by side, each padded to `columnWidth` and separated by ` │ `.
  func columns(_ blocks: [[Line]], columnWidth: Int, indent: Int) -> [Line] {
    let prefix = String(repeating: " ", count: max(0, indent))
    let height = blocks.map(\.count).max() ?? 0
    var result = [Line]()
    for row in 0..<height {
      var line: Line = [Run(prefix)]
      for (position, block) in blocks.enumerated() {
        let cell = row < block.count ? block[row] : []
        if position > 0 { line.append(Run(" │ ", .dim)) }
        line += cell
        if position < blocks.count - 1 {
          let padding = columnWidth - Self.width(of: cell)
          if padding > 0 { line.append(Run(String(repeating: " ", count: padding))) }
        }
      }
      result.append(Self.trimmingTrailingSpaces(line))
    }
    return result
  }

  /// A line without the spaces at its end.
  static func trimmingTrailingSpaces(_ line: Line) -> Line {
    var line = line
    while let last = line.last {
      var text = last.text
      while text.last == " " { text.removeLast() }
      if text.isEmpty {
        line.removeLast()
      } else {
        line[line.count - 1].text = text
        break
      }
    }
    return line
  }
}
