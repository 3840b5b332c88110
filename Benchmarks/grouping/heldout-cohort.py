"""52 answers files shaped like the issue's held-out cohort, from the repository's example."""
import json, random, sys, pathlib, copy
repo = pathlib.Path(sys.argv[1]); out = pathlib.Path(sys.argv[2]); seed = int(sys.argv[3])
r = random.Random(seed)
base = json.load(open(repo / "docs/examples/answers-tigrinya.json"))
IND = ["care", "cleaning", "logistics", "food", "retail_service"]
IW = [30, 25, 20, 15, 10]
LANG = ["ti", "ar", "prs", "so", "uk"]
needs = [3]*5
for _ in range(17): needs[r.choices(range(5), weights=IW)[0]] += 1
langs = [LANG[l] for l in range(5) for _ in range(needs[l])] + [None]*16
leaning = [r.randrange(5) for _ in range(5)]
SK = ["cannot", "with-help", "alone", "helps-others"]
for i in range(52):
    d = copy.deepcopy(base); a = d["answers"]
    if i >= 48:
        d["answers"] = {"consent.informed": "no"}; d["language"] = "ar"
    else:
        l = langs[i]
        ind = leaning[LANG.index(l)] if l and r.random() < 0.5 else r.choices(range(5), weights=IW)[0]
        a["background.industry"] = IND[ind]
        a["background.goal"] = r.choice(["work"]*3 + ["education", "other"])
        lvl = r.choice([0, 0, 1, 1, 2])
        for k in list(a):
            if k.startswith("skill."):
                a[k] = SK[min(3, max(0, lvl + r.choice([-1, 0, 0, 1])))]
        if l:
            a["interpreter.needed"] = "yes"; a["interpreter.language"] = l
            d["language"] = l if l != "so" else "so"
        else:
            a["interpreter.needed"] = "no"; a["background.norwegian"] = "b1"
            for k in ["interpreter.language", "interpreter.dialect", "interpreter.mode"]: a.pop(k, None)
        if i % 12 != 5:  # a smartphone with WhatsApp
            a["device.smartphone"] = "own"; a.pop("device.basic_phone", None)
            a["device.data_limit"] = "enough"; a["device.internet_home"] = "mobile-only"
            a["apps.used"] = ["whatsapp"]; a["contact.preferred"] = "whatsapp"
            a["habits.whatsapp_frequency"] = "daily"
    (out / f"p{i:02d}.json").write_text(json.dumps(d, ensure_ascii=False))
