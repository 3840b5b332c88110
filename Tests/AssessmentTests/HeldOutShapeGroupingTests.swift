import KartleggCore
import Testing

/// The issue's done-when, checked in Core on synthetic cohorts of the held-out cohort's shape
/// under the standard survey and its default policy.
@Suite struct HeldOutShapeGroupingTests {
  @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
  func meetsTheDoneWhen(seed: UInt64) throws {
    let survey = try Repository.standardSurvey()
    let policy = try #require(survey.groupingPolicies.first)
    let cohort = HeldOutShapeCohort(seed: seed).members
    let (grouped, excluded) = GroupingEligibility(survey: survey).split(cohort)
    #expect(excluded.count == 4)
    #expect(grouped.count == 48)
    let grouping = CohortGrouping(survey: survey, policy: policy)
    let plan = try grouping.plan(grouped)
    #expect(try grouping.plan(grouped) == plan)
    let notInformed = Set(
      cohort.filter { $0.answers["consent.informed"] == .choice("no") }.map(\.id))
    #expect(plan.groups.allSatisfy { Set($0.members).isDisjoint(with: notInformed) })
    #expect(plan.groups.allSatisfy { $0.interpreters.count <= 2 })
    #expect(plan.capBreaches.isEmpty)
    #expect(plan.bookings.bookings <= 10)
    #expect(plan.groups.allSatisfy { !$0.channels.channels.contains("in-person") })
    #expect(plan.groups.allSatisfy { (6...10).contains($0.members.count) })
    let industryShare = Double(plan.keyMatches[0]) / Double(plan.memberCount)
    #expect(industryShare >= 0.85)
    print(
      "seed \(seed): bookings \(plan.bookings.bookings) (bound \(plan.bookings.lowerBound)), "
        + "industry \(plan.keyMatches[0])/\(plan.memberCount), sizes "
        + "\(plan.groups.map(\.members.count)), langs \(plan.groups.map(\.interpreters.count))")
  }
}

extension HeldOutShapeGroupingTests {
  @Test func dumpCohort() throws {
    for seed in [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as [UInt64] {
      let cohort = HeldOutShapeCohort(seed: seed).members.filter {
        $0.answers["consent.informed"] == .choice("yes")
      }
      let rows = cohort.map { m -> String in
        let industry: String = {
          if case .choice(let v)? = m.answers["background.industry"] { return v.rawValue }
          return ""
        }()
        let goal: String = {
          if case .choice(let v)? = m.answers["background.goal"] { return v.rawValue }
          return ""
        }()
        return "{\"id\":\"\(m.id)\",\"values\":[\"\(industry)\",\"\(goal)\",\"\(m.overallLevel?.rawValue ?? "")\"],\"language\":\(m.interpreterLanguage.map { "\"\($0.rawValue)\"" } ?? "null")}"
      }
      print("DUMP\(seed) [" + rows.joined(separator: ",") + "]")
    }
  }
}
