/// Reads and checks an answers file against its survey, reporting every problem with its line
/// and column.
///
/// Checks, in order: JSON syntax; the fields `survey`, `version`, `language` and `answers`;
/// each answer's question, JSON kind and value (options, ranges, lengths, dates, languages);
/// then, with all answers in place, that every answered question applies (its conditions hold)
/// and satisfies its constraints. `null` means "not answered".
public struct AnswersFileReader: Sendable {
  /// The largest answers file accepted (1 MiB; a full intake is about 3 KB).
  public static let sizeLimit = 1024 * 1024
  /// The most problems reported from one file; reading stops after them, like a compiler's
  /// error limit, so a file of 50,000 wrong keys costs no more than one of 100.
  public static let problemLimit = 100

  private let survey: Survey
  private let check: AnswerCheck
  private let assessor: Assessor
  private let evaluator: ExpressionEvaluator

  /// Creates a reader for answers to one survey.
  ///
  /// - Parameter survey: The survey.
  public init(survey: Survey) {
    self.survey = survey
    self.check = AnswerCheck(survey: survey)
    self.assessor = Assessor(survey: survey)
    self.evaluator = ExpressionEvaluator(survey: survey)
  }

  /// Reads one answers file.
  ///
  /// - Parameters:
  ///   - bytes: The file's content (UTF-8 JSON).
  ///   - file: The file name for messages.
  /// - Returns: The answers.
  /// - Throws: `[AnswerProblem]` wrapped in ``AnswersFileFailure``, every problem in file order
  ///   (at most ``problemLimit`` and a note that reading stopped).
  /// - Complexity: O(n) in the file's length: every file up to ``sizeLimit`` is read or
  ///   refused in well under a second.
  public func read(_ bytes: [UInt8], file: String) throws(AnswersFileFailure) -> AnswersFile {
    func at(_ line: Int, _ column: Int) -> DocumentLocation {
      DocumentLocation(file: file, line: line, column: column)
    }
    guard bytes.count <= Self.sizeLimit else {
      throw AnswersFileFailure([
        AnswerProblem(
          .field("the file", expected: .size(limit: Self.sizeLimit, found: bytes.count)),
          at: at(1, 1))
      ])
    }
    let root: JSONValue
    do {
      root = try JSONParser().parse(bytes)
    } catch {
      throw AnswersFileFailure([
        AnswerProblem(.syntax(error), at: at(error.line, error.column))
      ])
    }
    guard case .object(let members) = root.kind else {
      throw AnswersFileFailure([
        AnswerProblem(.field("the file", expected: .object), at: at(root.line, root.column))
      ])
    }
    var problems: [AnswerProblem] = []
    var fields: [String: JSONMember] = [:]
    for member in members {
      guard ["survey", "version", "language", "answers"].contains(member.key) else {
        problems.append(
          AnswerProblem(
            .field(member.key, expected: .knownField),
            at: at(member.keyLine, member.keyColumn)))
        continue
      }
      guard fields[member.key] == nil else {
        problems.append(
          AnswerProblem(
            .field(member.key, expected: .once),
            at: at(member.keyLine, member.keyColumn)))
        continue
      }
      fields[member.key] = member
    }
    func string(_ name: String) -> String? {
      guard let member = fields[name] else { return nil }
      guard case .string(let text) = member.value.kind else {
        problems.append(
          AnswerProblem(
            .field(name, expected: .string), at: at(member.value.line, member.value.column)))
        return nil
      }
      return text
    }
    let surveyID = string("survey")
    if let surveyID, surveyID != survey.id.rawValue, let member = fields["survey"] {
      problems.append(
        AnswerProblem(
          .wrongSurvey(found: surveyID, expected: survey.id),
          at: at(member.value.line, member.value.column)))
    } else if fields["survey"] == nil {
      problems.append(
        AnswerProblem(.field("survey", expected: .surveyID), at: at(root.line, root.column)))
    }
    let version = string("version")
    if let version, version != survey.version, let member = fields["version"] {
      problems.append(
        AnswerProblem(
          .wrongVersion(found: version, expected: survey.version),
          at: at(member.value.line, member.value.column)))
    }
    let language = string("language").map { LanguageCode($0) }
    if let language, survey.language(language) == nil, let member = fields["language"] {
      problems.append(
        AnswerProblem(
          .unknownLanguage(language.rawValue), at: at(member.value.line, member.value.column)))
    }
    var answers: AnswerSet = [:]
    var keyLocations: [QuestionID: DocumentLocation] = [:]
    var seenKeys: Set<String> = []
    if let member = fields["answers"] {
      guard case .object(let entries) = member.value.kind else {
        problems.append(
          AnswerProblem(
            .field("answers", expected: .object), at: at(member.value.line, member.value.column)
          ))
        throw AnswersFileFailure(problems)
      }
      for entry in entries {
        let location = at(entry.keyLine, entry.keyColumn)
        guard problems.count < Self.problemLimit else {
          problems.append(AnswerProblem(.tooManyProblems(shown: problems.count), at: location))
          throw AnswersFileFailure(problems)
        }
        let isRepeated = !seenKeys.insert(entry.key).inserted
        switch answer(entry, location: location, isRepeated: isRepeated) {
        case .success(let value?):
          answers[QuestionID(entry.key)] = value
          keyLocations[QuestionID(entry.key)] = location
        case .success(nil): keyLocations[QuestionID(entry.key)] = location
        case .failure(let problem): problems.append(problem)
        }
      }
    } else {
      problems.append(
        AnswerProblem(.field("answers", expected: .object), at: at(root.line, root.column)))
    }
    let checked = applicability(of: answers, locations: keyLocations)
    problems += checked.filter { !$0.isWarning }
    guard problems.isEmpty else { throw Self.limited(problems) }
    return AnswersFile(
      survey: survey.id, version: version, language: language, answers: answers,
      warnings: checked.filter(\.isWarning))
  }

  /// The problems in file order, cut at ``problemLimit`` with a note where reading stopped.
  private static func limited(_ problems: [AnswerProblem]) -> AnswersFileFailure {
    let sorted = AnswersFileFailure(problems).problems
    guard sorted.count > problemLimit else { return AnswersFileFailure(sorted) }
    let note = AnswerProblem(
      .tooManyProblems(shown: problemLimit), at: sorted[problemLimit].location)
    return AnswersFileFailure(Array(sorted.prefix(problemLimit)) + [note])
  }

  private func answer(
    _ entry: JSONMember, location: DocumentLocation, isRepeated: Bool
  )
    -> Result<Answer?, AnswerProblem>
  {
    let id = QuestionID(entry.key)
    guard let question = survey.question(id) else {
      let suggestion = Suggestion.closest(to: entry.key, among: survey.questions.map(\.id.rawValue))
      return .failure(
        AnswerProblem(
          .unknownQuestion(entry.key, suggestion: suggestion.map { QuestionID($0) }), at: location))
    }
    guard !isRepeated else {
      return .failure(AnswerProblem(.duplicateAnswer(id), at: location))
    }
    let valueLocation = DocumentLocation(
      file: location.file, line: entry.value.line, column: entry.value.column)
    if case .null = entry.value.kind { return .success(nil) }
    let converted = AnswerConversion.answer(from: entry.value, for: question)
    switch converted {
    case .failure(let problem): return .failure(AnswerProblem(problem.reason, at: valueLocation))
    case .success(let answer):
      if let reason = check.problem(with: answer, for: question) {
        return .failure(AnswerProblem(reason, at: valueLocation))
      }
      return .success(answer)
    }
  }

  /// Answers to questions that do not apply, and answers that break constraints.
  private func applicability(of answers: AnswerSet, locations: [QuestionID: DocumentLocation])
    -> [AnswerProblem]
  {
    var problems: [AnswerProblem] = []
    let indexed = assessor.index(answers)
    for section in survey.sections {
      for question in section.questions {
        guard let answer = answers[question.id], let location = locations[question.id] else {
          continue
        }
        guard assessor.applies(question, given: indexed) else {
          let conditions = [section.relevance, question.relevance].compactMap { $0?.expression }
          let combined = conditions.dropFirst().reduce(conditions[0]) { .and($0, $1) }
          problems.append(
            AnswerProblem(.notRelevant(question.id, condition: combined.description), at: location))
          continue
        }
        for constraint in question.constraints
        where evaluator.truth(
          of: constraint.test.expression, answers: answers, currentAnswer: (question.id, answer))
          == false
        {
          let reason: AnswerProblem.Reason =
            constraint.severity == .warning
            ? .implausible(question.id, message: constraint.message)
            : .constraint(question.id, message: constraint.message)
          problems.append(AnswerProblem(reason, at: location))
        }
      }
    }
    return problems
  }
}

/// Every problem in an answers file, in file order.
public struct AnswersFileFailure: Error, Sendable {
  /// The problems.
  public var problems: [AnswerProblem]

  /// Creates a failure.
  ///
  /// - Parameter problems: The problems.
  public init(_ problems: [AnswerProblem]) {
    self.problems = problems.sorted {
      ($0.location ?? DocumentLocation(file: "", line: 0))
        < ($1.location ?? DocumentLocation(file: "", line: 0))
    }
  }
}
