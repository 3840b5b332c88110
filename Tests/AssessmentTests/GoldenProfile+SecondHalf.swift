import KartleggCore

extension GoldenProfile {
  static let secondHalf: [GoldenProfile] = [
    // 0, 1/15, 0, 0, 0 → 2.0 %. Wants a call on the family's smartphone (wish-phone). By the
    // rules the fallback is sms-smartphone: SMS to someone who cannot read and cannot write a
    // message. Says yes (need-says-yes), in the room (mode-wish-in-person).
    GoldenProfile(
      "elderly-low-literacy", overall: .beginner,
      dimensions: [.beginner, .beginner, .beginner, .beginner, .beginner],
      flags: [
        "shared-phone", "no-pc-or-tablet", "no-bankid", "no-email", "needs-interpreter",
        "low-norwegian", "low-literacy", "scam-risk",
      ],
      channels: "phone", "in-person", interpreter: .needed, "prs", .inPerson),
    // 100 everywhere. Wants e-mail and uses it (wish-email); WhatsApp every day
    // (whatsapp-daily). Says no at B2 (not-needed-b1).
    GoldenProfile(
      "helps-others-everything", overall: .experienced,
      dimensions: [.experienced, .experienced, .experienced, .experienced, .experienced],
      flags: [], channels: "email", "whatsapp", interpreter: .notNeeded, nil, nil),
    // 67 everywhere → 66.7 %. Wants SMS (wish-sms); WhatsApp daily (whatsapp-daily). Unsure at B1
    // (assess-unsure), so the language is asked; wants phone and has a smartphone.
    GoldenProfile(
      "alone-everything", overall: .some,
      dimensions: [.some, .some, .some, .some, .some], flags: [],
      channels: "sms", "whatsapp", interpreter: .assess, "tr", .phone),
    // 67, 87, 67, 67, 89 → 74.9 %. Wants Teams, has PC, broadband, Teams 'helps-others'
    // (wish-teams); WhatsApp daily (whatsapp-daily). Says no at B1 (not-needed-b1).
    GoldenProfile(
      "teams-ready", overall: .some,
      dimensions: [.some, .experienced, .some, .some, .experienced], flags: [],
      channels: "teams", "whatsapp", interpreter: .notNeeded, nil, nil),
    // Nothing but consent 'no' applies. Only in-person-default holds; no need rule but
    // assess-default; no equipment known, so mode-in-person.
    GoldenProfile(
      "no-consent", overall: nil, dimensions: [nil, nil, nil, nil, nil], flags: ["not-informed"],
      channels: "in-person", nil, interpreter: .assess, nil, .inPerson),
    // 67, 53, 44, 50, 44 → 52.7 %. Wants WhatsApp and uses it (wish-whatsapp), then
    // sms-smartphone. Says yes (need-says-yes); wants phone and has one (mode-wish-phone).
    GoldenProfile(
      "urdu-phone-interpreter", overall: .some,
      dimensions: [.some, .some, .some, .some, .some],
      flags: ["no-pc-or-tablet", "no-email", "needs-interpreter", "low-norwegian"],
      channels: "whatsapp", "sms", interpreter: .needed, "ur", .phone),
    // 0 everywhere. No phone of any kind: only in-person-default, no fallback. Wants a phone
    // interpreter but has no phone, so mode-in-person.
    GoldenProfile(
      "no-phone-at-all", overall: .beginner,
      dimensions: [.beginner, .beginner, .beginner, .beginner, .beginner],
      flags: [
        "no-smartphone", "no-phone", "no-pc-or-tablet", "no-home-internet", "no-bankid",
        "no-email", "needs-interpreter", "low-norwegian", "low-literacy", "scam-risk",
      ],
      channels: "in-person", nil, interpreter: .needed, "my", .inPerson),
    // 17, 13, 0, 17, 0 → 10.7 %. Wants SMS and has a mobile (wish-sms); sms-no-smartphone repeats
    // SMS, so phone-no-smartphone. Says no at A2 (assess-a2); wants screen without a screen, so
    // mode-phone.
    GoldenProfile(
      "basic-phone-prefers-sms", overall: .beginner,
      dimensions: [.beginner, .beginner, .beginner, .beginner, .beginner],
      flags: ["no-smartphone", "no-pc-or-tablet", "no-home-internet", "no-bankid", "no-email"],
      channels: "sms", "phone", interpreter: .assess, "sw", .phone),
    // 0, 1/15, 0, 0, 0 → 2.0 %. Wants WhatsApp without a smartphone; a shared ordinary mobile gives
    // sms-no-smartphone, phone-no-smartphone. Says yes; wants the interpreter in the room.
    GoldenProfile(
      "shared-basic-phone", overall: .beginner,
      dimensions: [.beginner, .beginner, .beginner, .beginner, .beginner],
      flags: [
        "no-smartphone", "shared-phone", "no-pc-or-tablet", "no-home-internet", "no-bankid",
        "needs-digipost", "no-email", "needs-interpreter", "low-norwegian", "scam-risk",
      ],
      channels: "sms", "phone", interpreter: .needed, "am", .inPerson),
    // 100, 80, 67, 83, 67 → 80.7 %. Wants the office (wish-in-person); WhatsApp rarely, PC and
    // Teams alone (teams-skilled). Says no at B1 (not-needed-b1).
    GoldenProfile(
      "prefers-in-person", overall: .experienced,
      dimensions: [.experienced, .experienced, .some, .experienced, .some], flags: [],
      channels: "in-person", "teams", interpreter: .notNeeded, nil, nil),
    // 67, 53, 44, 67, 44 → 56 %. Wants Teams but joins only with help, so wish-teams and
    // teams-skilled fail; no WhatsApp or e-mail: sms-smartphone, phone-smartphone. Not needed.
    GoldenProfile(
      "wants-teams-needs-help", overall: .some,
      dimensions: [.some, .some, .some, .some, .some], flags: ["no-email"],
      channels: "sms", "phone", interpreter: .notNeeded, nil, nil),
    // 67, 73, 67, 67, 78 → 69.8 %. Wants Teams; has a laptop but only phone data that runs out.
    // By the rules wish-teams holds (internet_home != 'none'), then email-user. Not needed (B1).
    GoldenProfile(
      "laptop-mobile-data-runs-out", overall: .some,
      dimensions: [.some, .some, .some, .some, .experienced],
      flags: ["mobile-data-only", "data-runs-out"],
      channels: "email", "whatsapp", interpreter: .notNeeded, nil, nil),
    // 67, 33, 11, 67, 11 → exactly 40 % (400 / 10), which floating point computes as
    // 39.99999999999999: the band must still be 40–74. Wants WhatsApp and uses it
    // (wish-whatsapp), then sms-smartphone. Says no at A2 (assess-a2); wants phone and has one.
    GoldenProfile(
      "overall-exactly-forty", overall: .some,
      dimensions: [.some, .beginner, .beginner, .some, .beginner],
      flags: ["no-pc-or-tablet", "no-email"],
      channels: "whatsapp", "sms", interpreter: .assess, "ckb", .phone),
    // 67, 80, 67, 67, 67 → 70.7 %. Wants a call (wish-phone); tablet, broadband and Teams alone
    // (teams-skilled). Says yes although B2: need-says-yes comes first; in the room.
    GoldenProfile(
      "ukrainian-b2-wants-interpreter", overall: .some,
      dimensions: [.some, .experienced, .some, .some, .some], flags: ["needs-interpreter"],
      channels: "phone", "teams", interpreter: .needed, "uk", .inPerson),
  ]

}
