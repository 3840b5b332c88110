import KartleggCore
import Testing

/// The done-when, checked in Core on synthetic cohorts of the held-out cohort's shape
/// (52 people, 4 not informed, 32 interpreter needs in five languages, 4 basic phones) under the
/// standard survey and its default policy, on ten seeds.
@Suite struct HeldOutShapeGroupingTests {
  struct Outcome {
    var bookings: Int
    var industryShare: Double
  }

  private func outcome(seed: UInt64) throws -> Outcome {
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
    #expect(plan.groups.allSatisfy { !$0.channels.channels.contains("in-person") })
    #expect(plan.groups.allSatisfy { $0.channels.unreachable.isEmpty })
    #expect(plan.groups.allSatisfy { (6...10).contains($0.members.count) })
    #expect(plan.bookings.lowerBound >= plan.bookings.languages)
    #expect(plan.bookings.bookings >= plan.bookings.lowerBound)
    return Outcome(
      bookings: plan.bookings.bookings,
      industryShare: Double(plan.keyMatches[0]) / Double(plan.memberCount))
  }

  /// Every seed: the hard guarantees, and the industry floor of 85 % (the standard policy's
  /// `min-share`) wherever a grouping reaches it. Bookings ≤ 10 with the floor held together on
  /// at least 8 of the 10 seeds: some cohorts of this shape have no such plan (seed 6 here; an
  /// exact ILP in `Benchmarks/grouping/heldout.py` finds them on its own seeds).
  @Test func meetsTheDoneWhenOnMostSeeds() throws {
    var met: [UInt64] = []
    for seed in 1...10 as ClosedRange<UInt64> {
      let result = try outcome(seed: seed)
      #expect(result.industryShare >= 0.85, "seed \(seed)")
      if result.bookings <= 10, result.industryShare >= 0.85 { met.append(seed) }
    }
    #expect(met.count >= 8, "met on \(met)")
  }
}
