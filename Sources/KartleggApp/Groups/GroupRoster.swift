import KartleggCore

/// The `groups suggest --roster` use case: the best grouping of a roster file by industry,
/// goal and level.
public struct GroupRoster {
  let context: AppContext

  /// A roster's plan.
  public struct Grouped: Sendable {
    /// The plan.
    public var plan: GroupPlan
    /// The roster's ids, in file order.
    public var ids: [String]
  }

  /// Creates the use case.
  ///
  /// - Parameter context: Resources, interface language and actor.
  public init(context: AppContext) {
    self.context = context
  }

  /// Reads and groups a roster.
  ///
  /// - Parameters:
  ///   - path: The roster file (CSV: id,level,goal,industry).
  ///   - sizes: The smallest and largest group.
  /// - Returns: The plan.
  /// - Throws: ``AppError``: 66 missing, 65 with every bad row or sizes no grouping can meet.
  public func run(_ path: String, sizes: ClosedRange<Int>) throws(AppError) -> Grouped {
    let bytes = try context.resources.bytes(atPath: path)
    guard bytes.count <= ResourceDirectory.readLimit else {
      throw AppError(
        .dataError, [AppProblem(.key("roster.error.too-large", "8 MiB"), inFile: path)])
    }
    let rows: [RosterReader.Row]
    do {
      rows = try RosterReader().read(bytes)
    } catch {
      throw AppError(
        .dataError,
        error.problems.map {
          AppProblem(
            .roster($0.reason), at: DocumentLocation(file: path, line: $0.line, column: 1))
        })
    }
    let request = GroupingRequest(
      keys: [
        .init(name: "industry", weight: 4), .init(name: "goal", weight: 2),
        .init(name: "level", weight: 1),
      ],
      members: rows.map { .init(id: $0.id, values: [$0.industry, $0.goal, $0.level]) },
      minimumSize: sizes.lowerBound, maximumSize: sizes.upperBound)
    do {
      return Grouped(plan: try GroupPlanner.plan(for: request), ids: rows.map(\.id))
    } catch {
      throw AppError(
        .dataError,
        [AppProblem(.verbatim(GroupingProblemText.text(error, ui: context.ui)), inFile: path)])
    }
  }
}
