import Lexicon
import TextCore

/// A date or time found in a sentence before it becomes a `DateMention`.
struct DateCandidate {
  /// What the text gives.
  enum Value {
    /// A year, month or day (`month` and `day` nil at coarser precisions).
    case date(year: Int, month: Int?, day: Int?)
    /// An ISO week (`last week`).
    case week(year: Int, week: Int)
    /// A time of day on `day` (nil when to be taken from context), with its zone offset.
    case time(day: CalendarDay?, hour: Int, minute: Int, offset: String?)
  }
  /// The value.
  var value: Value
  /// The range in the text.
  var utf8Range: Range<Int>
  /// Whether anything came from the publication date or context.
  var isRelative: Bool
}

extension ClaimExtractor {
  /// The dates and times of a sentence, resolved against the publication date, in order.
  func dates(in span: SentenceSpan, state: inout ArticleState) -> [DateMention] {
    var candidates =
      state.language == .japanese
      ? japaneseDates(in: span, state: state) : latinDates(in: span, state: state)
    candidates.sort { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }
    var mentions = [DateMention]()
    let days: [(Range<Int>, CalendarDay)] = candidates.compactMap { candidate in
      if case .date(let year, let month?, let day?) = candidate.value,
        let calendarDay = CalendarDay(year: year, month: month, day: day)
      {
        return (candidate.utf8Range, calendarDay)
      }
      return nil
    }
    for candidate in candidates {
      let mention: DateMention?
      switch candidate.value {
      case .date(let year, let month, let day):
        let text = state.text.slice(candidate.utf8Range)
        if let month, let day {
          mention = DateMention(
            text: text,
            value:
              "\(CalendarDay.pad(year, 4))-\(CalendarDay.pad(month, 2))-\(CalendarDay.pad(day, 2))",
            precision: .day,
            isRelative: candidate.isRelative,
            utf8Range: candidate.utf8Range
          )
        } else if let month {
          mention = DateMention(
            text: text,
            value: "\(CalendarDay.pad(year, 4))-\(CalendarDay.pad(month, 2))",
            precision: .month,
            isRelative: candidate.isRelative,
            utf8Range: candidate.utf8Range
          )
        } else {
          mention = DateMention(
            text: text,
            value: CalendarDay.pad(year, 4),
            precision: .year,
            isRelative: candidate.isRelative,
            utf8Range: candidate.utf8Range
          )
        }
      case .week(let year, let week):
        // The claim model has no week precision: an ISO week date, compared at the year.
        mention = DateMention(
          text: state.text.slice(candidate.utf8Range),
          value: "\(CalendarDay.pad(year, 4))-W\(CalendarDay.pad(week, 2))",
          precision: .year,
          isRelative: true,
          utf8Range: candidate.utf8Range
        )
      case .time(let day, let hour, let minute, let offset):
        // A time without its own date takes the nearest date of the sentence, else the
        // publication date.
        let nearest = days.min {
          distance($0.0, candidate.utf8Range) < distance($1.0, candidate.utf8Range)
        }?.1
        guard let resolved = day ?? nearest ?? state.published.map(CalendarDay.init) else {
          mention = nil
          break
        }
        mention = DateMention(
          text: state.text.slice(candidate.utf8Range),
          value:
            "\(resolved.iso)T\(CalendarDay.pad(hour, 2)):\(CalendarDay.pad(minute, 2))\(offset ?? "")",
          precision: .minute,
          isRelative: candidate.isRelative || day == nil,
          utf8Range: candidate.utf8Range
        )
      }
      if let mention { mentions.append(mention) }
    }
    if let last = days.last { state.lastDay = last.1 }
    return mentions
  }

  private func distance(_ lhs: Range<Int>, _ rhs: Range<Int>) -> Int {
    if lhs.upperBound <= rhs.lowerBound { return rhs.lowerBound - lhs.upperBound }
    if rhs.upperBound <= lhs.lowerBound { return lhs.lowerBound - rhs.upperBound }
    return 0
  }

  // MARK: - Resolution

  /// The date a relative expression names.
  func resolve(
    _ relative: LanguageLists.RelativeDate,
    state: ArticleState
  ) -> DateCandidate.Value? {
    guard
      let anchor = relative.isFromPublication
        ? state.published.map(CalendarDay.init) : state.lastDay
    else { return nil }
    switch relative.unit {
    case .day:
      let day = anchor.adding(days: relative.offset)
      return .date(year: day.year, month: day.month, day: day.day)
    case .week:
      let week = anchor.adding(days: 7 * relative.offset).isoWeek
      return .week(year: week.year, week: week.week)
    case .month:
      let months = anchor.year * 12 + anchor.month - 1 + relative.offset
      return .date(year: months / 12, month: months % 12 + 1, day: nil)
    case .year:
      return .date(year: anchor.year + relative.offset, month: nil, day: nil)
    }
  }

  /// The most recent `weekday` on or before the publication date (`Thursday` in an article of
  /// Thursday 2 May 2024 is that day); with `direction` +1, the next one after it.
  func resolve(weekday: Int, direction: Int, state: ArticleState) -> CalendarDay? {
    guard let published = state.published.map(CalendarDay.init) else { return nil }
    if direction > 0 {
      var days = (weekday - published.weekday + 7) % 7
      if days == 0 { days = 7 }
      return published.adding(days: days)
    }
    var days = (published.weekday - weekday + 7) % 7
    if direction < 0 && days == 0 { days = 7 }
    return published.adding(days: -days)
  }

  /// The year of a month (and day) written without one: the publication year, unless that
  /// puts the date more than a month after publication, then the year before.
  func inferredYear(month: Int, day: Int?, state: ArticleState) -> Int? {
    guard let published = state.published else { return nil }
    guard let candidate = CalendarDay(year: published.year, month: month, day: day ?? 1) else {
      return published.year
    }
    return candidate.daysSinceEpoch - CalendarDay(published).daysSinceEpoch > 31
      ? published.year - 1 : published.year
  }

  /// The month of a day written alone (`2日`, `le 2`): the publication month, or the month
  /// before when the day is later than the publication day.
  func inferredMonth(day: Int, state: ArticleState) -> (year: Int, month: Int)? {
    guard let published = state.published else { return nil }
    if day <= published.day + 1 { return (published.year, published.month) }
    return published.month == 1 ? (published.year - 1, 12) : (published.year, published.month - 1)
  }

  /// The integer value of a number mention, when it is a whole number.
  func integer(_ number: NumberMention) -> Int? {
    guard !number.value.contains("."), number.value.utf8.count <= 9 else { return nil }
    return Int(number.value)
  }

  // MARK: - English and French

  /// Dates and times over the words of an English or French sentence.
  private func latinDates(in span: SentenceSpan, state: ArticleState) -> [DateCandidate] {
    let words = span.words
    let text = state.text
    let lists = state.lists
    var numbersByStart = [Int: NumberMention]()
    for number in span.numbers { numbersByStart[number.utf8Range.lowerBound] = number }
    var result = [DateCandidate]()

    func key(_ from: Int, _ to: Int) -> String? {
      guard from <= to, to < words.count else { return nil }
      return text.key(words[from].utf8Range.lowerBound..<words[to].utf8Range.upperBound)
    }
    /// The longest phrase of `table` starting at word `index`: its value and last word.
    func phrase<Value>(_ table: PhraseTable<Value>, at index: Int) -> (Value, Int)? {
      var end = min(words.count - 1, index + 7)
      while end >= index {
        if let key = key(index, end), key.unicodeScalars.count <= table.maximumLength,
          let value = table[key]
        {
          return (value, end)
        }
        end -= 1
      }
      return nil
    }
    func number(at index: Int) -> (value: Int, end: Int)? {
      guard index < words.count, let mention = numbersByStart[words[index].utf8Range.lowerBound],
        mention.notation == .digits, let value = integer(mention)
      else { return nil }
      var end = index
      while end + 1 < words.count
        && words[end + 1].utf8Range.upperBound <= mention.utf8Range.upperBound
      {
        end += 1
      }
      return (value, end)
    }
    func month(at index: Int) -> (month: Int, end: Int, isCapitalized: Bool)? {
      guard index < words.count, words[index].kind == .word,
        let (word, end) = phrase(lists.calendar, at: index), word.kind == .month
      else { return nil }
      let isCapitalized = words[index].text.unicodeScalars.first?.properties.isUppercase ?? false
      return (word.value, end, isCapitalized)
    }
    func dayNumber(at index: Int) -> (day: Int, end: Int)? {
      if let (value, end) = number(at: index), (1...31).contains(value) {
        // `2nd`, `1er`: an ordinal suffix the word breaker may split off.
        if end + 1 < words.count, let suffix = LookupKey.makeIfPossible(words[end + 1].text),
          ["st", "nd", "rd", "th", "er"].contains(suffix),
          words[end + 1].utf8Range.lowerBound == words[end].utf8Range.upperBound
        {
          return (value, end + 1)
        }
        return (value, end)
      }
      if index < words.count, let key = LookupKey.makeIfPossible(words[index].text) {
        for suffix in ["st", "nd", "rd", "th", "er"] where key.hasSuffix(suffix) {
          if let value = Int(key.dropLast(suffix.count)), (1...31).contains(value) {
            return (value, index)
          }
        }
      }
      return nil
    }
    func year(at index: Int) -> (year: Int, end: Int)? {
      guard let (value, end) = number(at: index), (1000...2999).contains(value),
        words[index].text.unicodeScalars.count == 4
      else { return nil }
      return (value, end)
    }
    func skipComma(_ index: Int) -> Int {
      index < words.count && words[index].text == "," ? index + 1 : index
    }
    func range(_ from: Int, _ to: Int) -> Range<Int> {
      words[from].utf8Range.lowerBound..<words[to].utf8Range.upperBound
    }
    func keyAt(_ index: Int) -> String? {
      index >= 0 && index < words.count ? LookupKey.makeIfPossible(words[index].text) : nil
    }

    // Reads a day-and-month date at `position` and records it from `start` (which may be a
    // weekday before it); returns the index of its last word.
    func appendDayMonth(at position: Int, from start: Int) -> Int? {
      guard
        let date = latinDayMonth(
          at: position,
          month: month,
          dayNumber: dayNumber,
          year: year,
          skipComma: skipComma,
          state: state
        )
      else { return nil }
      result.append(
        DateCandidate(
          value: date.value,
          utf8Range: range(start, date.end),
          isRelative: date.isRelative
        )
      )
      return date.end
    }
    var index = 0
    while index < words.count {
      let start = index
      // A time: `1:35 p.m.`, `13:35`, `13 h 35`, `15 h 00`, `1 p.m.`, `13h35`.
      if let time = latinTime(
        at: index,
        words: words,
        number: number,
        phrase: { phrase(lists.timeWords, at: $0) },
        keyAt: keyAt
      ) {
        var end = time.end
        var offset: String?
        // A zone right after the time (`local time`, `Japan Time`, `(UTC)`), or a little later
        // in the same parenthesis (`8:35 p.m. on May 2, Japan Time`).
        var probe = end + 1
        while probe < words.count && probe <= end + 8 && words[probe].text != ")"
          && words[probe].text != ";"
        {
          if let (word, zoneEnd) = phrase(lists.timeWords, at: probe), case .zone(let zone) = word {
            offset = zone
            if probe <= end + 2 { end = zoneEnd }
            break
          }
          probe += 1
        }
        result.append(
          DateCandidate(
            value: .time(day: nil, hour: time.hour, minute: time.minute, offset: offset),
            utf8Range: range(start, end),
            isRelative: false
          )
        )
        index = end + 1
        continue
      }
      // A relative expression: `yesterday`, `last week`, `l'an dernier`.
      if words[index].kind == .word, let (relative, end) = phrase(lists.relativeDates, at: index),
        let value = resolve(relative, state: state)
      {
        result.append(DateCandidate(value: value, utf8Range: range(start, end), isRelative: true))
        index = end + 1
        continue
      }
      // A weekday, alone or before a date (`Thursday`, `jeudi 2 mai`).
      if words[index].kind == .word, let (word, end) = phrase(lists.calendar, at: index),
        word.kind == .weekday, !word.isAbbreviated
      {
        let next = skipComma(end + 1)
        if month(at: next) != nil || dayNumber(at: next) != nil {
          index = next
          if let end = appendDayMonth(at: next, from: start) { index = end + 1 }
          continue
        }
        let previous = keyAt(start - 1)
        let direction =
          previous == "next" || keyAt(end + 1) == "prochain"
          ? 1
          : (previous == "last" || keyAt(end + 1) == "dernier" ? -1 : 0)
        if let day = resolve(weekday: word.value, direction: direction, state: state) {
          result.append(
            DateCandidate(
              value: .date(year: day.year, month: day.month, day: day.day),
              utf8Range: range(start, end),
              isRelative: true
            )
          )
        }
        index = end + 1
        continue
      }
      // An absolute or partial date.
      if let end = appendDayMonth(at: index, from: start) {
        index = end + 1
        continue
      }
      // A month alone, after `in`, `last`, `since`, `en`, `depuis`, or before `dernier`.
      if let (value, end, isCapitalized) = month(at: index),
        state.language == .french || isCapitalized
      {
        let previous = keyAt(start - 1)
        let following = keyAt(end + 1)
        if let (relative, relativeEnd) = phrase(lists.relativeDates, at: end + 1),
          relative.unit == .year, case .date(let year, nil, nil)? = resolve(relative, state: state)
        {
          result.append(
            DateCandidate(
              value: .date(year: year, month: value, day: nil),
              utf8Range: range(start, relativeEnd),
              isRelative: true
            )
          )
          index = relativeEnd + 1
          continue
        }
        let isLast = previous == "last" || following == "dernier"
        let isNext = previous == "next" || following == "prochain"
        let cues: Set<String> = [
          "in", "since", "until", "en", "depuis", "jusqu'en", "early", "late", "mid", "début",
          "fin", "mi",
        ]
        if isLast || isNext || previous.map(cues.contains) == true,
          let published = state.published
        {
          let year: Int
          if isLast {
            year = value < published.month ? published.year : published.year - 1
          } else if isNext {
            year = value > published.month ? published.year : published.year + 1
          } else {
            year = inferredYear(month: value, day: nil, state: state) ?? published.year
          }
          let last = (following == "dernier" || following == "prochain") ? end + 1 : end
          let first = (previous == "last" || previous == "next") ? start - 1 : start
          result.append(
            DateCandidate(
              value: .date(year: year, month: value, day: nil),
              utf8Range: range(first, last),
              isRelative: true
            )
          )
          index = last + 1
          continue
        }
      }
      // A year alone (`in 2019`, `2024`), not followed by a unit (`2024 people`).
      if let (value, end) = year(at: index) {
        let following = keyAt(end + 1)
        if following.map({ lists.unitNames[$0] == nil }) ?? true {
          result.append(
            DateCandidate(
              value: .date(year: value, month: nil, day: nil),
              utf8Range: range(start, end),
              isRelative: false
            )
          )
          index = end + 1
          continue
        }
      }
      index += 1
    }
    return result
  }

  /// `May 2, 2024`, `2 mai 2024`, `December 2023`, `May 2`, `le 2 mai` at word `index`.
  private func latinDayMonth(
    at index: Int,
    month: (Int) -> (month: Int, end: Int, isCapitalized: Bool)?,
    dayNumber: (Int) -> (day: Int, end: Int)?,
    year: (Int) -> (year: Int, end: Int)?,
    skipComma: (Int) -> Int,
    state: ArticleState
  ) -> (value: DateCandidate.Value, end: Int, isRelative: Bool)? {
    func build(
      _ year: Int?,
      _ month: Int,
      _ day: Int?,
      _ end: Int
    ) -> (DateCandidate.Value, Int, Bool)? {
      if let year {
        if let day, CalendarDay(year: year, month: month, day: day) == nil { return nil }
        return (.date(year: year, month: month, day: day), end, false)
      }
      guard let day, let inferred = inferredYear(month: month, day: day, state: state),
        CalendarDay(year: inferred, month: month, day: day) != nil
      else { return nil }
      return (.date(year: inferred, month: month, day: day), end, true)
    }
    // Month first: `May 2, 2024`, `May 2`, `December 2023`.
    if let (monthValue, monthEnd, isCapitalized) = month(index),
      state.language == .french || isCapitalized
    {
      if let (day, dayEnd) = dayNumber(monthEnd + 1) {
        let afterDay = skipComma(dayEnd + 1)
        if let (yearValue, yearEnd) = year(afterDay) {
          return build(yearValue, monthValue, day, yearEnd)
        }
        // `May 20` but not `May 2024`-like years, and not `in May 10 people` (a count).
        return build(nil, monthValue, day, dayEnd)
      }
      if let (yearValue, yearEnd) = year(skipComma(monthEnd + 1)) {
        return build(yearValue, monthValue, nil, yearEnd)
      }
      return nil
    }
    // Day first: `2 May 2024`, `2 mai`, `1er mai 2024`.
    if let (day, dayEnd) = dayNumber(index), let (monthValue, monthEnd, _) = month(dayEnd + 1) {
      if let (yearValue, yearEnd) = year(monthEnd + 1) {
        return build(yearValue, monthValue, day, yearEnd)
      }
      return build(nil, monthValue, day, monthEnd)
    }
    return nil
  }

  /// A time of day at word `index`: `1:35 p.m.`, `13:35`, `13 h 35`, `13h35`, `1 p.m.`.
  private func latinTime(
    at index: Int,
    words: [Word],
    number: (Int) -> (value: Int, end: Int)?,
    phrase: (Int) -> (LanguageLists.TimeWord, Int)?,
    keyAt: (Int) -> String?
  ) -> (hour: Int, minute: Int, end: Int)? {
    guard index < words.count else { return nil }
    var hour: Int?
    var minute = 0
    var end = index
    let word = words[index]
    // `13h35` or `13h` written as one word.
    if word.kind == .word || word.kind == .number, let key = LookupKey.makeIfPossible(word.text),
      let separator = key.firstIndex(of: "h"), key.first?.isNumber == true
    {
      let hours = Int(key[..<separator])
      let minutes = key[key.index(after: separator)...]
      if let hours, (0...23).contains(hours),
        minutes.isEmpty || (minutes.count == 2 && Int(minutes) != nil)
      {
        hour = hours
        minute = Int(minutes) ?? 0
      }
    }
    if hour == nil, let (value, numberEnd) = number(index), (0...24).contains(value) {
      let next = numberEnd + 1
      if next + 1 < words.count, words[next].text == ":",
        let (minutes, minuteEnd) = number(next + 1), (0...59).contains(minutes),
        words[next + 1].text.count == 2
      {
        hour = value
        minute = minutes
        end = minuteEnd
      } else if next < words.count, keyAt(next) == "h" {
        hour = value
        end = next
        if let (minutes, minuteEnd) = number(next + 1), (0...59).contains(minutes),
          words[next + 1].text.count == 2
        {
          minute = minutes
          end = minuteEnd
        }
      } else if let (word, _) = phrase(next), case .meridiem = word {
        hour = value
        end = numberEnd
      }
      if hour != nil && end == index { end = numberEnd }
    }
    guard var resolvedHour = hour else { return nil }
    if let (word, meridiemEnd) = phrase(end + 1), case .meridiem(let isAfternoon) = word {
      guard (1...12).contains(resolvedHour) else { return nil }
      if isAfternoon && resolvedHour < 12 { resolvedHour += 12 }
      if !isAfternoon && resolvedHour == 12 { resolvedHour = 0 }
      end = meridiemEnd
    }
    return (resolvedHour % 24, minute, end)
  }

  // MARK: - Japanese

  /// Dates and times over the characters of a Japanese sentence.
  private func japaneseDates(in span: SentenceSpan, state: ArticleState) -> [DateCandidate] {
    let scalars = span.scalars
    let count = scalars.count
    let text = state.text
    let lists = state.lists
    var numbersByStart = [Int: NumberMention]()
    for number in span.numbers {
      numbersByStart[span.scalarIndex(at: number.utf8Range.lowerBound)] = number
    }
    func number(at index: Int) -> (value: Int, end: Int)? {
      guard let mention = numbersByStart[index], let value = integer(mention) else { return nil }
      return (value, span.scalarIndex(at: mention.utf8Range.upperBound))
    }
    func character(_ index: Int) -> Unicode.Scalar? { index < count ? scalars[index].scalar : nil }
    func phrase<Value>(_ table: PhraseTable<Value>, at index: Int) -> (Value, Int)? {
      var length = min(table.maximumLength, count - index)
      while length > 0 {
        let range = span.offset(at: index)..<span.offset(at: index + length)
        if let key = text.key(range), let value = table[key] { return (value, index + length) }
        length -= 1
      }
      return nil
    }
    /// `N年`, `N月`, `N日` (not `N年間`, `N日間`).
    func counted(
      _ index: Int,
      _ counter: Unicode.Scalar,
      _ valid: ClosedRange<Int>
    ) -> (value: Int, end: Int)? {
      guard let (value, end) = number(at: index), valid.contains(value), character(end) == counter,
        character(end + 1) != "間"
      else { return nil }
      return (value, end + 1)
    }

    var result = [DateCandidate]()
    var index = 0
    while index < count {
      let start = index
      var cursor = index
      var offset: String?
      var hasZone = false
      if let (word, end) = phrase(lists.timeWords, at: cursor), case .zone(let zone) = word {
        offset = zone
        hasZone = true
        cursor = end
      }
      var year: Int?
      var month: Int?
      var day: Int?
      var isRelative = false
      // Year: an era year (`令和6年`, `令和元年`), a Western year (`2024年`) or `昨年`.
      if let (word, end) = phrase(lists.calendar, at: cursor), word.kind == .era {
        if let (value, yearEnd) = counted(end, "年", 1...99) {
          year = word.value + value - 1
          cursor = yearEnd
        } else if character(end) == "元", character(end + 1) == "年" {
          year = word.value
          cursor = end + 2
        }
      } else if let (value, end) = counted(cursor, "年", 1000...2999) {
        year = value
        cursor = end
      } else if let (relative, end) = phrase(lists.relativeDates, at: cursor),
        relative.unit == .year, case .date(let value, nil, nil)? = resolve(relative, state: state)
      {
        year = value
        isRelative = true
        cursor = end
      }
      // Month and day.
      if let (value, end) = counted(cursor, "月", 1...12) {
        month = value
        cursor = end
        if let (dayValue, dayEnd) = counted(cursor, "日", 1...31) {
          day = dayValue
          cursor = dayEnd
        }
      } else if year == nil, let (dayValue, dayEnd) = counted(cursor, "日", 1...31),
        start == 0 || character(start - 1) != "月"
      {
        day = dayValue
        cursor = dayEnd
      }
      // Skip a weekday in parentheses after a day: `2日(木)`.
      if day != nil, let open = character(cursor), open == "(" || open == "（",
        let close = character(cursor + 2), close == ")" || close == "）"
      {
        cursor += 3
      }
      // Time: `午後8時35分`, `20時35分`, `午後1時半`.
      var hour: Int?
      var minute = 0
      var timeCursor = cursor
      var isAfternoon: Bool?
      if let (word, end) = phrase(lists.timeWords, at: timeCursor),
        case .meridiem(let afternoon) = word
      {
        isAfternoon = afternoon
        timeCursor = end
      }
      if let (value, end) = number(at: timeCursor), (0...24).contains(value), character(end) == "時",
        character(end + 1) != "間"
      {
        hour = value
        timeCursor = end + 1
        if let (minutes, minuteEnd) = number(at: timeCursor), (0...59).contains(minutes),
          character(minuteEnd) == "分"
        {
          minute = minutes
          timeCursor = minuteEnd + 1
        } else if character(timeCursor) == "半" {
          minute = 30
          timeCursor += 1
        }
      }
      if var resolvedHour = hour {
        if let isAfternoon, isAfternoon && resolvedHour < 12 { resolvedHour += 12 }
        var dayValue: CalendarDay?
        if let day {
          if let month {
            if let resolvedYear = year ?? inferredYear(month: month, day: day, state: state) {
              dayValue = CalendarDay(year: resolvedYear, month: month, day: day)
            }
          } else if let (inferredYearValue, inferredMonthValue) = inferredMonth(
            day: day,
            state: state
          ) {
            dayValue = CalendarDay(year: inferredYearValue, month: inferredMonthValue, day: day)
          }
        }
        result.append(
          DateCandidate(
            value: .time(day: dayValue, hour: resolvedHour % 24, minute: minute, offset: offset),
            utf8Range: span.offset(at: start)..<span.offset(at: timeCursor),
            isRelative: month == nil || year == nil
          )
        )
        index = timeCursor
        continue
      }
      if hasZone && year == nil && month == nil && day == nil {
        index += 1
        continue
      }
      if year != nil || month != nil || day != nil {
        let range = span.offset(at: start)..<span.offset(at: cursor)
        var value: DateCandidate.Value?
        if let month {
          let resolvedYear = year ?? inferredYear(month: month, day: day, state: state)
          if let resolvedYear,
            day.map({ CalendarDay(year: resolvedYear, month: month, day: $0) != nil }) ?? true
          {
            value = .date(year: resolvedYear, month: month, day: day)
            isRelative = isRelative || year == nil
          }
        } else if let day {
          if let (inferredYearValue, inferredMonthValue) = inferredMonth(day: day, state: state),
            CalendarDay(year: inferredYearValue, month: inferredMonthValue, day: day) != nil
          {
            value = .date(year: inferredYearValue, month: inferredMonthValue, day: day)
            isRelative = true
          }
        } else if let year {
          value = .date(year: year, month: nil, day: nil)
        }
        if let value {
          result.append(DateCandidate(value: value, utf8Range: range, isRelative: isRelative))
        }
        index = cursor
        continue
      }
      // Relative words (`昨日`, `先週`, `翌日`) and weekdays (`木曜日`, not the bare `木`).
      if let (relative, end) = phrase(lists.relativeDates, at: index),
        let value = resolve(relative, state: state)
      {
        result.append(
          DateCandidate(
            value: value,
            utf8Range: span.offset(at: index)..<span.offset(at: end),
            isRelative: true
          )
        )
        index = end
        continue
      }
      if let (word, end) = phrase(lists.calendar, at: index), word.kind == .weekday,
        !word.isAbbreviated, let day = resolve(weekday: word.value, direction: 0, state: state)
      {
        result.append(
          DateCandidate(
            value: .date(year: day.year, month: day.month, day: day.day),
            utf8Range: span.offset(at: index)..<span.offset(at: end),
            isRelative: true
          )
        )
        index = end
        continue
      }
      index += 1
    }
    return result
  }
}
