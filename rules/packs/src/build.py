"""Writes rules/packs/<lang>.json from the rule sources and rules/packs/jargon/<lang>.json."""
import json, os, sys, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
PACKS = os.path.dirname(HERE)
sys.path.insert(0, HERE)
META = {
    "nl": {"id": "helder-nl", "name": "Helder — Nederlands (ingebouwd)", "description": "Ingebouwde Nederlandse regels voor IT-supportmail."},
    "en": {"id": "helder-en", "name": "Helder — English (built-in)", "description": "Built-in English rules for IT-support email."},
}
for lang in sys.argv[1:] or ["nl", "en"]:
    src = importlib.import_module(lang)
    old = json.load(open(os.path.join(PACKS, f"{lang}.json")))
    jpath = os.path.join(PACKS, "jargon", f"{lang}.json")
    if os.path.exists(jpath):
        terms = json.load(open(jpath))
    else:
        terms = [r for r in old["rules"] if r["match"]["type"] == "jargon"][0]["match"]["terms"]
    clean = []
    for t in terms:
        e = {"term": t["term"], "plain": t["plain"]}
        for k in ("variants", "caseSensitive", "pos", "article"):
            if t.get(k) not in (None, False): e[k] = t[k]
        clean.append(e)
    rules = []
    for r in src.RULES:
        r = json.loads(json.dumps(r))
        if r["match"]["type"] == "jargon": r["match"]["terms"] = clean
        rules.append(r)
    pack = {"id": META[lang]["id"], "name": META[lang]["name"], "version": "2.0.0", "lang": lang, "author": "Helder",
            "updated": "2026-12-04", "description": META[lang]["description"],
            "classes": src.CLASSES, "signals": src.SIGNALS, "placeholders": src.PLACEHOLDERS, "rules": rules}
    with open(os.path.join(PACKS, f"{lang}.json"), "w") as f:
        json.dump(pack, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(lang, len(rules), "rules", len(clean), "terms")
