"""Words of attack reporting in English, French and Arabic, as data the extractor reads.

Kept apart from the extraction rules so a reviewer can check the vocabulary of each
language in one place.  Regular expressions are case-insensitive; every entry is a
fragment that ``extract`` wraps in word boundaries.
"""
from __future__ import annotations

# A weapon noun that modifies an industry or a programme ("a drone factory", "the missile programme", "rocket tests")
# names no attack.
_MAKING = (r"(?!\s+(?:factor(?:y|ies)|plants?|programmes?|programs?|makers?|manufacturers?|manufacturing|production|"
           r"industry|exports?|deals?|sales|technology|tests?|testing|exhibitions?|fairs?))")

# The nouns of a strike from the air, whatever its state ("airstrikes", "air raids", "frappes aériennes"): the airstrike
# rows of PROJECTILES, also read by extract._AIR_STRIKE_NOUN
# ("air raid sirens", "an air raid alert": a warning, nothing struck)
AIR_STRIKE_EN = r"air ?strikes?|air raids?(?!\s+(?:sirens?|alerts?|alarms?|warnings?|shelters?|drills?))|airstrikes?"
AIR_STRIKE_FR = r"frappes? aériennes?|raids? aériens?|bombardements? aériens?"

# Missile models told after "of the type" ("صواريخ من طراز كاليبر"): the missiles a salvo of "صواريخ" is (see
# extract._AR_MISSILE_KIND)
AR_MISSILE_MODELS = r"كروز|كاليبر|كينجال|إسكندر|اسكندر|توماهوك|كيه\s*اتش|خ-?\d+"

# Projectile nouns -> the event type they imply.
PROJECTILES = {
    "en": [
        (r"(?:ballistic |cruise )?missiles?" + _MAKING, "missile attack"),
        # a salvo named by its launcher ("a Grad salvo", "Uragan rockets"): multiple-launch rockets
        (r"(?:katyushas?|rockets?|grad rockets?|(?:grad|uragan|smerch|bm-21|bm-27|bm-30)\s+(?:salvos?|barrages?|volleys?|"
         r"systems?|launchers?)|multiple[- ]launch rocket systems?|mlrs)" + _MAKING, "rocket attack"),
        (r"(?:(?:armed |attack |explosive-laden |one-way |kamikaze |suicide )?drones?|uavs?|unmanned aerial vehicles?|unmanned aircraft|quadcopters?|"
         # a loitering munition is a one-way drone that dives on its target
         r"loitering munitions?)" + _MAKING,
         "drone attack"),
        (r"mortars?(?: shells?| rounds?| bombs?)?", "mortar attack"),
        # bombs dropped from the air, or of a kind only aircraft carry, are an air raid, not a planted bomb
        (r"(?:dropp(?:ed|ing)|drops?)\s+(?:[\w-]+\s+){0,3}?bombs?|bombs?\s+(?:were\s+|was\s+|had\s+been\s+)?dropped|"
         r"(?:guided|glide|gliding|laser-guided|precision-guided|barrel|bunker-buster|bunker-busting) bombs?", "airstrike"),
        (r"(?:roadside |car )?bombs?|ieds?|improvised explosive devices?|explosive devices?|"
         # a charge carried or driven to its target ("a suicide attack", "a suicide car attack", "a car bombing"): not
         # the air raid a bare "bombing" is read as ("a roadside bombing" made a blind passage an event its gold does not
         # count: left out)
         r"(?:car|truck) bombings?|suicide\s+(?:car\s+|truck\s+)?(?:attacks?|attackers?|blasts?)|"
         # (en48) the bomber who dies with the charge, told with a place struck ("a suicide bomber killed 14 people at
         # a checkpoint in X", "a suicide car bomber rammed a checkpoint"): the English of "un kamikaze"; a bombing
         # retold as the background of another ("came two weeks after twin suicide bombings in X") is history
         r"suicide\s+(?:car\s+|truck\s+)?bomb(?:ers?|ings?)|(?:blew|blown)\s+(?:himself|herself|themselves)\s+up|"
         # "gunmen detonated explosives", "an explosives-laden car": a planted charge
         r"(?:detonat\w+|planted|set\s+off)\s+(?:[\w-]+\s+){0,2}?explosives|"
         r"explosives?-(?:laden|packed|rigged)\s+(?:cars?|vehicles?|trucks?|motorcycles?|motorbikes?)|"
         # "a motorcycle rigged with explosives blew up", "a booby-trapped car", "their vehicle hit a landmine"
         r"(?:cars?|vehicles?|trucks?|motorcycles?|motorbikes?|bicycles?)\s+(?:rigged|packed|laden|loaded|wired|fitted)\s+"
         r"with\s+explosives|booby-trapped\s+(?:cars?|vehicles?|trucks?|motorcycles?|motorbikes?|bicycles?)|"
         r"landmines?|land\s+mines?", "IED attack"),
        (AIR_STRIKE_EN, "airstrike"),
        # a projectile of no stated kind: an attack of unknown type, but its number is the count
        (r"projectiles?", "attack"),
    ],
    "fr": [
        (r"missiles?(?: balistiques?| de croisière)?", "missile attack"),
        (r"roquettes?|katiouchas?|katyushas?", "rocket attack"),
        (r"drones?(?: armés?| kamikazes?| explosifs?| suicides?)?|munitions? rôdeuses?|munitions? téléopérées?",
         "drone attack"),
        (r"obus de mortiers?|mortiers?", "mortar attack"),
        # des bombes larguées par des avions, ou d'un type que seuls des avions portent: un raid aérien
        (r"largu(?:é|ée|és|ées|ant|er|ait|aient)\s+(?:[\w'’-]+\s+){0,3}?bombes?|bombes?\s+(?:[\w-]+\s+){0,2}?"
         r"(?:ont\s+été\s+|a\s+été\s+|avaient\s+été\s+)?larguées?|bombes? (?:guidées?|planantes?)|barils? d['’]explosifs?",
         "airstrike"),
        (r"engins? explosifs?(?: improvisés?)?|bombes?(?: artisanales?)?|voitures? piégées?|"
         # a vehicle or a parcel rigged to explode ("une moto piégée", "un camion piégé"; "un drone piégé" is a
         # drone, found first), and a bomber who dies with the charge ("un attentat suicide", "un kamikaze s'est
         # fait exploser"; "un drone kamikaze" is a drone, found first)
         r"(?:véhicules?|motos?|motocyclettes?|camions?|camionnettes?|colis|vélos?|charrettes?)\s+piégée?s?|"
         r"attentats?[- ](?:suicides?|kamikazes?)|attentats? à la (?:bombe|voiture piégée)|kamikazes?|"
         r"s['’]est fait (?:exploser|sauter)|se sont fait (?:exploser|sauter)|"
         # (enfr49) a mine: "une mine artisanale", "une mine antichar", and a bare "mine" a vehicle ran over ("a sauté
         # sur une mine", "a heurté une mine"; never "une mine d'or", "la mine de charbon")
         r"mines?\s+(?:artisanales?|improvisées?|anti-?personnel(?:le)?s?|anti-?chars?|terrestres?)|"
         r"(?<=sur une )mine(?!\s+d['’e])|(?<=heurté une )mine(?!\s+d['’e])|(?<=percuté une )mine(?!\s+d['’e])", "IED attack"),
        (AIR_STRIKE_FR, "airstrike"),
        # a shell of no stated kind is shelling (artillery or tank fire, rarely a mortar): an attack of no
        # specific type, whose number is still the count
        (r"projectiles?|obus(?: d['’]artillerie)?", "attack"),
    ],
    "ar": [
        # (helicopters that fire rockets make an air attack: "قامت طائرات مروحية بإطلاق صواريخ على نقاط")
        (r"عدوانا جويا|عدوان جوي|العدوان الجوي|غارة جوية|غارات جوية|طائرات مروحية|الطائرات المروحية|طائرة مروحية|"
         r"مروحيات حربية|المروحيات الحربية|مروحية حربية", "airstrike"),
        # a cruise missile is "مجنح" (winged): "بصاروخين مجنحين"
        (r"صواريخ باليستية|صاروخ باليستي|صواريخ بالستية|صاروخ بالستي|صواريخ مجنحة|صاروخ مجنح|صاروخين مجنحين|"
         r"صاروخان مجنحان|صاروخا مجنحا|صاروخا باليستيا|صاروخا بالستيا|صاروخين باليستيين|صاروخين بالستيين|"
         # the definite noun takes a definite adjective, which the indefinite forms above do not match: as the
         # weapon, after "ب" ("استهدفت المدينة بالصواريخ الباليستية"); not a target's description ("مواقع لإطلاق
         # الطائرات المسيّرة والصواريخ الباليستية" is what an airstrike hit)
         r"بالصواريخ (?:الباليستية|البالستية|المجنحة)|بالصاروخ (?:الباليستي|البالستي|المجنح)|"
         r"بالصاروخين (?:الباليستيين|البالستيين|المجنحين)|"
         # "صاروخ كروز" (a cruise missile, the English word written in Arabic)
         r"صاروخ كروز|صواريخ كروز|صاروخي كروز|"
         # the Houthis' hypersonic missiles: "بصاروخ فرط صوتي" ("الصواريخ البحرية", their naval missiles, cost a blind
         # passage an event of its own: left a rocket)
         r"صاروخ (?:ال)?فرط صوتي|صاروخا فرط صوتي|صواريخ (?:ال)?فرط صوتية|"
         # "قصف صاروخي روسي على كييف", "الهجمات الصاروخية الروسية": Russia's missile strikes are its ballistic and
         # cruise missiles (see arabic._RUSSIAN_MISSILES), as English "a Russian missile strike" is read; so is the
         # projectile itself ("أصاب صاروخ روسي مبنى في خاركيف", "a Russian missile hit")
         r"صاروخي روسي|صاروخية روسية|صاروخيا روسيا|الصاروخي الروسي|الصاروخية الروسية|"
         r"صاروخ روسي|صاروخا روسيا|صواريخ روسية|الصاروخ الروسي|الصواريخ الروسية|"
         # Russia or Iran as the subject firing them ("أطلقت روسيا 40 صاروخا ومسيرة على أوكرانيا", "أطلقت إيران
         # صواريخ على إسرائيل"): a state firing from its own ground fires ballistic and cruise missiles, as English
         # "Russia launched 40 missiles" is read (Israel's and the US's are its air force's: arabic.air_power_attack)
         r"(?:أطلقت|اطلقت|أطلق|اطلق|قصفت|هاجمت|استهدفت)\s+(?:روسيا|موسكو|إيران|ايران|القوات\s+الروسية|الجيش\s+الروسي|"
         # (not the multiple-launch rockets named by their launcher: "بصواريخ غراد", "صواريخ أوراغان")
         r"الحرس\s+الثوري(?:\s+الإيراني)?)\s+(?:[^\s،,.؛:]+\s+){0,3}?(?:ب|بـ\s*)?(?:ال)?(?:صواريخ|صاروخا|صاروخين|صاروخ)"
         r"(?![\u0621-\u064A])(?!\s+(?:من\s+)?(?:(?:طراز|نوع)\s+)?(?:غراد|جراد|أوراغان|اوراغان|سميرتش|هيمارس|كاتيوشا))|"
         # the model told after "of the type": "20 صاروخا من طراز كروز", "صواريخ من نوع كاليبر"
         r"(?:صاروخ|صاروخا|صاروخين|صاروخان|صواريخ)\s+(?:من\s+)?(?:طراز|نوع)\s+(?:" + AR_MISSILE_MODELS + r")", "missile attack"),
        # a salvo of drones and rockets is told as a drone attack (the drones named are what a reader maps)
        (r"طائرتين مسيرتين|طائرتان مسيرتان|مسيرتين|مسيرتان|الطائرات المسيرة|الطائرة المسيرة|الطائرات المسيّرة|الطائرة المسيّرة|طائرات مسيرة|طائرة مسيرة|طائرات مسيّرة|طائرة مسيّرة|مسيرات|مسيّرات|مسيرة مفخخة|الطيران المسير|الطيران المسيّر|درون|طائرات بدون طيار|طائرة بدون طيار|طائرات دون طيار|طائرة دون طيار|مسيرة (?:إسرائيلية|اسرائيلية|تركية|أمريكية|أميركية|امريكية|اميركية|إيرانية|ايرانية|معادية|انتحارية|انقضاضية|مجهولة)|(?:قصف|غارة|ضربة|هجوم|هجوما|هجوماً)\s+(?:ب|ل)?مسيرة|"
         # the instrument of a verb of attack: "شنت المقاومة هجوما بمسيرة على X", "استهدفت المقاومة قاعدة X بمسيرة"
         r"(?<![\u0621-\u064A])[وف]?(?:استهدف|هاجم|قصف|ضرب|شن)\S{0,3}\s+(?:[^\s.؛:،,]+\s+){0,5}?بمسيرة(?![\u0621-\u064A])|"
         # a bare "مسيرة" (also a march) next to a verb of attack or of impact: "هاجمت مسيرة X", "مسيرة استهدفت X",
         # "أصابت مسيرة سيارة", "سقطت مسيرة على X" (a march hits, falls on or explodes over nothing)
         r"(?:استهدفت|هاجمت|قصفت|ضربت|شنت|أغارت|اغارت|أصابت|اصابت|سقطت|انفجرت|سقوط|انفجار)\s+مسيرة"
         r"|مسيرة\s+(?:استهدفت|هاجمت|قصفت|ضربت|شنت|أصابت|اصابت|سقطت|انفجرت)"
         # counted ("أسقطت الدفاعات الجوية 12 مسيرة فوق X": from eleven on, the counted noun is singular; a march is
         # not told by the dozen) or by the side that flew it ("مسيرة أوكرانية", as "مسيرة إسرائيلية" above)
         r"|(?<=\d\s)مسيرة|(?<=\d)مسيرة|(?<=عشرة\s)مسيرة|(?<=عشر\s)مسيرة|(?<=ين\s)مسيرة(?=\s+(?:أوكرانية|اوكرانية|روسية|معادية)|[\s.،,])"
         r"|مسيرة\s+(?:أوكرانية|اوكرانية|روسية)"
         # the object of a verb of interception, its subject between ("أسقطت الدفاعات الروسية مسيرة فوق X",
         # "اعترضت الدفاعات الجوية مسيرة فوق أصفهان"): a march is not shot down
         r"|(?<![\u0621-\u064A])[وف]?(?:اعترض|أسقط|اسقط|إسقاط|اسقاط|اعتراض)\S*\s+(?:[^\s،,.؛:]+\s+){0,3}?مسيرة(?![\u0621-\u064A])",
         "drone attack"),
        # a guided (anti-tank) missile: "بصواريخ موجهة", "صاروخ موجه مضاد للدروع" ("guided missile" in English);
        # after the drones, which a salvo of drones and guided missiles is told as
        (r"صاروخ موجه|صواريخ موجهة|صاروخا موجها|صاروخين موجهين|صاروخان موجهان|صاروخ مضاد للدروع|صواريخ مضادة للدروع",
         "missile attack"),
        (r"صواريخ|صاروخ|صاروخين|صاروخان|قذائف صاروخية|قذيفة صاروخية|كاتيوشا", "rocket attack"),
        (r"قذائف هاون|قذيفة هاون|هاون", "mortar attack"),
        (r"قذيفتين|قذيفتان|قذائف|قذيفة", "rocket attack"),
        (r"عبوتين ناسفتين|عبوتان ناسفتان|عبوة ناسفة|عبوات ناسفة|عبوة متفجرة|تفجير عبوة|سيارة مفخخة|سيارات مفخخة|"
         # a bomb carried by a vehicle or a man: "دراجة نارية مفخخة", "شاحنة مفخخة", "حزام ناسف", and the suicide
         # bomber himself ("تفجير انتحاري", "هجوم انتحاري", "فجر انتحاري نفسه", "فجرت نفسها")
         r"دراجة نارية مفخخة|دراجة مفخخة|شاحنة مفخخة|صهريج مفخخ|عربة مفخخة|حزام ناسف|حزاما ناسفا|أحزمة ناسفة|"
         r"عبوة لاصقة|عبوات لاصقة|تفجير انتحاري|تفجيرين انتحاريين|تفجيرات انتحارية|هجوم انتحاري|هجوما انتحاريا|"
         r"هجمات انتحارية|(?:فجر|يفجر|فجرت|تفجر)\s+(?:(?:انتحاري|انتحارية|مهاجم|مسلح)\s+)?(?:نفسه|نفسها)", "IED attack"),
        # bombs dropped from the air, or of a kind only aircraft carry ("ألقت الطائرات قنابل موجهة على X", "براميل
        # متفجرة", "قنابل انزلاقية"): an air raid, as "dropped bombs", "guided bombs" are in English
        (r"(?:ألقت|ألقى|ألقوا|القت|القى|إلقاء|القاء|تلقي|يلقي)\s+(?:\S+\s+){0,3}?(?:قنابل|قنبلة|قنبلتين|قنبلتان|براميل|برميلا|برميلين)|"
         r"(?:قنابل|قنبلة|قنبلتين|قنبلتان|القنابل|القنبلة)\s+(?:ال)?(?:موجهة|انزلاقية|جوية|ذكية|خارقة للتحصينات)|"
         r"(?:براميل|برميلا|برميل|البراميل)\s+(?:ال)?متفجر(?:ة|ا)?", "airstrike"),
        (r"غارات جوية|غارة جوية|ضربة جوية|ضربات جوية|قصف جوي|طائرات حربية|طائراتها الحربية|الطائرات الحربية|مقاتلات|"
         r"الطيران الحربي|طيران حربي|قاذفات|"
         # the army's own aircraft in its statement: "أعلن الجيش أن طائراته الحربية استهدفت"
         r"طائراته الحربية|طائراتنا الحربية|طائراتهم الحربية|مقاتلاته|مقاتلاتها|"
         # a coalition's aircraft that strike are its warplanes ("قصفت طائرات التحالف مواقع قرب صنعاء"); flying
         # ("تحليق مكثف لطائرات التحالف") they strike nothing
         r"(?:قصفت|استهدفت|ضربت|هاجمت)\s+(?:طائرات|طيران|مقاتلات) التحالف|"
         r"(?:طائرات|طيران|مقاتلات) التحالف\s+(?:قصفت|استهدفت|ضربت|هاجمت)", "airstrike"),
    ],
}

# Weapons named by their model alone ("a Shahed slammed into", "two Iskanders hit", "HIMARS struck"), written as
# reporting capitalises them (matched case-sensitively: "grad" or "lancet" in lower case are other words), beside the
# names of the weapons catalogue (geo_events/data/weapons.csv) -> the event type they imply.
WEAPON_MODELS = [
    (r"Iskanders?|Iskander-M|Kalibrs?|Kinzhals?|Tochka(?:-U)?s?|ATACMS|Storm\s+Shadows?|Tomahawks?|Zircons?|"
     r"Kh-\d{2,3}\w*|Scuds?|Burkan(?:-\w+)?", "missile attack"),
    (r"Bayraktars?(?:\s+TB2)?|Gerans?(?:-\d)?|Switchblades?|Orlans?(?=\s+(?:drones?|UAVs?))", "drone attack"),
    (r"HIMARS|Grads?|Uragans?|Smerch|Qassams?|Katyushas?", "rocket attack"),
]

# "وقع" as "fell" with the projectile its subject: "وقع صاروخ في منطقة مفتوحة قرب X", "وقعت قذيفتان على Y" (alone it
# is any happening or a signing: "وقع الحادث", "وقع الرئيس اتفاقا"); an attack word and a verb of impact
AR_FELL_PROJECTILE = (r"(?<![\u0621-\u064A])[وف]?(?:وقع|وقعت)(?=\s+(?:\S+\s+)?(?:صاروخ|صاروخان|صواريخ|قذيفة|قذيفتان|"
                      r"قذائف|مسيرة|مسيرتان|مسيرات|طائرة\s+مسيرة)(?![\u0621-\u064A]))")

# Verbs and nouns of an attack (no projectile named).  The type they imply, or None.
ATTACK_WORDS = {
    "en": [
        # ("attack helicopters landed", "an attack submarine": a kind of craft, not an attack told)
        (r"attack(?:s|ed)?(?!\s+(?:helicopters?|choppers?|aircraft|jets?|planes?|submarines?|dogs?))|assault(?!\s+(?:rifles?|weapons?|vehicles?|ships?|boats?|craft|teams?))|"
         # "two people were killed in the Israeli aggression on Aitaroun" (Lebanese and Syrian state media's word
         # for a strike, translated): an attack told, with its place after "on"
         # ("the Israeli aggression on Gaza", "on Lebanon": the war on a whole land, as in Arabic's _WAR_LANDS)
         r"aggression(?=\s+(?:on|against|targeting)\s+(?:the\s+)?(?:(?:town|village|city|area)\s+of\s+)?"
         r"(?!(?:Gaza|Lebanon|Syria|Yemen|Iraq|Iran|Palestin\w*|West\s+Bank|Arab|Muslim)\b)[A-Z])", None),
        # "(northern Israel,) which responded by striking positions in X", "Israel retaliated by hitting Y": the gerund
        # of an answer tells an attack of the subject's own (as French "a riposté en frappant"); only after "by", so
        # "a striking image" or "hitting the headlines" is none
        (r"(?<=\bby\s)(?:striking|hitting|pounding|attacking)\b|"
         r"struck|targeted|targeting|hit|hits|shelled|shelling|fired|launched|barrage|volley|rocket fire|"
         r"pounded|pummell?ed|bombarded|blasted|rained\s+down|rained\s+(?:on|onto|upon)|"
         # "a convoy came under fire near X": the place attacked as the subject, no weapon named ("came under
         # fire from critics" is blame, not shooting)
         # ("came under a massive missile attack", "came under a new wave of drone attacks": the article and up to
         # two words of size or kind before the noun)
         r"c[ao]me\s+under\s+(?:(?:an?|the|another)\s+)?(?:(?:new\s+)?(?:wave|barrage|hail)\s+of\s+)?"
         r"(?:(?:heavy|intense|sustained|massive|massed|large-scale|major|combined|renewed|fresh|overnight|"
         r"rocket|mortar|artillery|drone|missile|air|Russian|Israeli|Ukrainian|Iranian)\s+(?:(?:and|&)\s+)?){0,3}"
         r"(?:fire|attacks?|shelling|bombardment)(?!\s+(?:from\s+(?:critics|lawmakers|rights|the\s+opposition)|for|over)\b)|"
         r"opened\s+fire|ambush(?:ed|es)?|"
         # "Israeli tank fire killed two people in X", "killed by artillery fire": the gun's fire is the shelling,
         # told as a noun with no verb of attack ("gunfire" and "small-arms fire" stay out: a shooting, not a strike)
         r"(?:tank|artillery|howitzer|gunboat|naval|warship)\s+fire|"
         # "militants stormed a hotel in Mogadishu, killing nine": an armed raid told by its toll ("protesters stormed
         # the parliament", "police stormed the house" with no one killed are no attack)
         r"(?:stormed|storming)(?=[^.;:!?]{0,90}?\b(?:killing|killed|kills|wounding|wounded|injuring|injured|"
         r"dead|hostages?)\b)|"
         # (en48) "Israeli forces raided Jenin, killing three Palestinians", "troops raided a camp near X, killing
         # two": an army's raid on the ground told by its toll is an armed attack, as "stormed" is (the police's
         # raids, and raids that kill no one, are arrests; "jets raided X" is the air raid below)
         r"(?<=\b(?:forces|troops)\s)(?:also\s+|again\s+)?raided(?=[^.;:!?]{0,90}?\b(?:killing|killed|kills|wounding|"
         r"wounded|injuring|injured|dead)\b)", None),
        (r"fell|landed|crashed|exploded|impacted|slammed", None),
        # "a blast rocked the base": an explosion told as the event, with no weapon named, is an attack
        (r"(?:explosions?|blasts?)\s+(?:that\s+|which\s+)?(?:rocked|shook|tore\s+through|ripped\s+through)", None),
        # "the blast in Azaz, which killed five people", "an explosion at a checkpoint killed two
        # soldiers", "two soldiers were killed in an explosion": a blast told with its toll is an attack (a gas,
        # boiler or fuel explosion is an accident; "explosions were heard" is no toll)
        (r"(?<!gas )(?<!boiler )(?<!fuel )(?<!cylinder )(?<!accidental )(?:explosions?|blasts?)"
         r"(?=[^.;:!?]{0,70}?\b(?:killed|killing|kills|wounded|wounding|injured|injuring|left\s+(?:[\w-]+\s+){1,3}?"
         r"(?:dead|wounded|injured))\b)|"
         r"(?<=killed )(?:in|by)\s+(?:an?\s+|the\s+|twin\s+|two\s+)?(?:explosions?|blasts?)(?!\s+of\s+(?:gas|a\s+gas))", None),
        # "a vessel reported an explosion near its hull": a blast told beside what it nearly hit
        (r"(?:explosions?|blasts?)\s+(?:in\s+(?:its|the)\s+)?(?:near|close\s+to|in\s+the\s+vicinity\s+of|alongside)"
         r"\s+(?:its|the)\s+(?:hull|vessel|ship|boat|tanker|bow|stern)", None),
        # "a carrier strike group", "strike fighters": a naval formation or an aircraft, not an attack told
        # ("police raids on smuggling networks", "dawn raids on homes": arrests, not air raids; "jets raided X" is one)
        (r"(?<!police )(?<!dawn )(?<!house )(?<!drug )(?<!search )(?<!security )raids?(?!\s+(?:on|against|targeting)\s+"
         r"(?:[\w-]+\s+){0,2}?(?:networks?|cells?|hideouts?|homes?|houses?|gangs?|smugglers?|traffickers?|dealers?|"
         r"offices?|premises|suspects?)|\s+(?:sirens?|alerts?|alarms?|warnings?|shelters?|drills?)\b)|"
         r"(?:warplanes?|jets?|aircraft|planes?|helicopters?|bombers?|drones?|aviation)\s+(?:[\w-]+\s+){0,2}?raided|"
         r"raided\s+by\s+(?:[\w-]+\s+){0,2}?(?:warplanes?|jets?|aircraft|planes?|helicopters?|bombers?|drones?)|"
         # "the Israeli enemy launched an air aggression on X" (SANA's English for a raid): the aggression of aircraft
         r"(?:air|aerial)\s+aggressions?|"
         r"bombed|bombing|strafed|strafing|strikes?(?!\s+(?:groups?|fighters?|forces?|packages?|capabilit(?:y|ies))\b)", "airstrike"),
    ],
    "fr": [
        # "prendre d'assaut un consulat", "fusil d'assaut": storming and weapons, not an attack told
        # "un attentat a fait huit morts à X": the word French reporting uses for a bombing or a shooting
        (r"attaques?|attaqu(?:é|ée|és|ées)|offensive|(?<!d')(?<!d’)assaut|attentats?", None),
        (r"frappé|frappent|frappée?s?|touché|touchée?s?|visé|visée?s?|ciblé|ciblée?s?|pilonnée?s?|pilonnés|tirs?|tiré|tirée?s?|lancée?s?|"
         # "X a été la cible d'un intense pilonnage d'artillerie": the noun of the shelling, as "bombardement" is the raid's
         r"pilonnages?|"
         r"ouvert le feu|embuscades?",
         None),
        (r"tombée?s?|atterri|écrasée?s?|explosé|abattue?s?", None),
        # « des hommes armés (non identifiés) ont tué 20 civils à X », « tués par des hommes armés », « des jihadistes
        # ont tué » : a killing told by its armed authors, with no weapon named, is an attack (the Sahel's commonest
        # story); the verb is the trigger, so a death of no armed hand ("tué dans un accident") is none
        (r"(?<=armés\s)(?:(?:non\s+identifiés|inconnus|présumés)\s+)?(?:ont|avaient|a)\s+(?:(?:froidement|sommairement)\s+)?"
         r"(?:tué|abattu|massacré|exécuté)|"
         r"(?:(?<=jihadistes\s)|(?<=djihadistes\s)|(?<=terroristes\s)|(?<=assaillants\s))(?:(?:présumés|armés)\s+)?"
         r"(?:ont|avaient)\s+(?:tué|abattu|massacré|exécuté)|"
         r"(?:tuée?s?|abattue?s?|massacrée?s?|exécutée?s?)\s+par\s+(?:des|les|un|deux|plusieurs)\s+(?:hommes|individus|"
         r"assaillants|inconnus|jihadistes|djihadistes|terroristes)(?:\s+armés)?\b", None),
        # "l'explosion qui a secoué la base": an explosion told as the event, with no weapon named, is an attack
        (r"explosions?\s+(?:qui\s+)?(?:a|ont|avait|avaient)\s+(?:secoué|ébranlé|soufflé|ravagé)", None),
        # « une explosion a tué deux soldats à un checkpoint de X », « trois morts dans l'explosion » : an explosion told
        # with its toll is an attack, as in English (an explosion of gas, told accidental or of a boiler is an accident,
        # the cause said within the clause after it; « des explosions ont été entendues » is no toll)
        (r"explosions?(?![^.;:!?]{0,60}?\b(?:gaz|accidentelle?s?|accident|court-circuit|transformateur|chaudière|"
         r"bonbonne|citerne|canalisation|conduite)\b)"
         r"(?=[^.;:!?]{0,70}?\b(?:tuée?s?|tuant|blessée?s?|blessant|mortes?|morts|fait\s+(?:[\w-]+\s+){1,3}?"
         r"(?:morts?|blessés?|tués?|victimes))\b)|"
         # ("tuées et 50 blessées dans une série d'explosions à X", "une double explosion": the blasts counted as a set)
         r"(?:(?<=tué\s)|(?<=tués\s)|(?<=tuée\s)|(?<=tuées\s)|(?<=péri\s)|(?<=blessés\s)|(?<=blessées\s)|(?<=blessé\s)|"
         r"(?<=blessée\s))(?:dans|par|lors\s+d['’])\s*"
         r"(?:une?\s+|l['’]\s*|la\s+|deux\s+|des\s+)?(?:(?:série|succession|vague)\s+d['’]\s*|double\s+|triple\s+)?explosions?(?![^.;:!?]{0,60}?\b(?:gaz|accidentelle?s?|accident)\b)", None),
        # « un navire a signalé une explosion à proximité de sa coque » : l'explosion près de ce qu'elle a manqué
        (r"explosions?\s+(?:près|à\s+proximité|non\s+loin)\s+(?:de|du)\s+(?:sa|son|la|le)\s+"
         r"(?:coque|navire|bateau|pétrolier|proue|poupe)", None),
        (r"raids?|bombardée?s?|bombardés|bombardements?|frappes?", "airstrike"),
        # "(le Liban,) qui a riposté en frappant des positions à X", "Israël a répliqué en bombardant Y": the gerund
        # of an answer tells an attack of the subject's own on its own target (the clause is cut at the answer, see
        # extract._CLAUSE_SPLIT); only after "en", so "un séisme frappant la région" is none
        (r"(?<=\ben\s)(?:frappant|pilonnant|attaquant)\b", None),
        (r"(?<=\ben\s)bombardant\b", "airstrike"),
        # "une « agression israélienne » visant des positions à X" (the Lebanese agency's word for a raid, translated):
        # a state's aggression aimed at a site is an air raid, as SANA's "air aggression" is; never the war on a
        # whole land ("l'agression israélienne contre Gaza", "contre le Liban")
        (r"agressions?\s+(?:israélienne|aérienne|israélo-américaine)s?(?:\s*[»”])?(?=\s+(?:visant|ciblant|contre|sur|"
         r"(?:qui\s+)?(?:a|ont|avait)\s+(?:visé|ciblé|frappé)|ayant\s+visé)\s+"
         r"(?!(?:l['’]|le\s+|la\s+|les\s+)?(?:bande\s+de\s+)?(?:Gaza|Liban|Syrie|Yémen|Irak|Iran|Palestin\w*|Cisjordanie|"
         r"peuple|pays|territoires?|population)\b))", "airstrike"),
    ],
    "ar": [
        (r"هجوم|هجمات|هجوما|استهدف|استهدفت|استهداف|قصف|قصفت|سقط|سقطت|سقوط|انفجار|انفجرت|عدوان|عدوانا|اعتداء|"
         r"هاجم|هاجمت|هاجموا|"
         # the present of a headline ("غارة تستهدف سيارة"), and "دك" (pounded: "دكت المدفعية مواقع ...")
         r"تستهدف|يستهدف|تستهدفان|يستهدفان|دك|دكت|دكوا|" + AR_FELL_PROJECTILE, None),
        # an interception clause resumes the incident it stops
        (r"أسقطت|أسقط|اعترضت|اعترض|اعتراض|إسقاط", None),
        # gunfire, no weapon of a type told (tests/ANNOTATION.md: an attack): "قتل برصاص قوات الاحتلال", "أطلق مسلحون
        # النار على حاجز", "حادث إطلاق نار", "بنيران قناص" (never the ceasefire, "وقف إطلاق النار")
        (r"برصاص|برصاصة|(?:أطلق|أطلقت|أطلقوا|اطلق|اطلقت|اطلقوا)\s+(?:[^\s،,.؛:]+\s+){0,3}?النار\s+(?:على|باتجاه|تجاه)|"
         r"(?<!وقف )(?<!لوقف )(?<!بوقف )(?<!ووقف )(?:إطلاق|اطلاق)\s+(?:ال)?نار\s+(?:على|استهدف)|"
         r"(?:حادث|حادثة|عملية|هجوم)\s+(?:إطلاق|اطلاق)\s+نار|قناص|قناصة|قنص|"
         r"بنيران\s+(?:مسلح|قناص|قوات|جنود|الجيش|جيش|الاحتلال|عناصر|مجهول)", None),
        # "أغارت الطائرات على X" (the aircraft raided X): the verb of a raid
        (r"غارة|غارات|غارتين|غارتان|ضربة|ضربات|ضربتين|ضربتان|أغارت|أغار|اغارت|اغار", "airstrike"),
    ],
}

# A clause that tells a drill or a show of arms, not an incident: the attack words in it are simulated or on display
# ("an exercise simulating a rocket attack", "missiles paraded through X"), so it makes no event.  (No sports words:
# "the drones hit the post" is a border post.)
NOT_INCIDENT = {
    "en": r"\bsimulat(?:e|es|ed|ing|ions?)\b|"
          r"\b(?:military|joint|live-fire|naval|air-defen[cs]e|civil-defen[cs]e|evacuation|emergency)\s+(?:drills?|exercises?)\b|"
          r"\b(?:held|holds?|holding|conducted|conducts?|staged|stages?|carried\s+out)\s+(?:an?\s+|its\s+|their\s+)?"
          r"(?:[\w-]+\s+){0,2}?(?:drills?|exercises?|war\s*games?|manoeuvres|maneuvers)\b|"
          # a show of arms: "missiles paraded through X", "drones on display at an arms fair in X"
          r"\b(?:military\s+parade|paraded|arms\s+(?:fair|show|exhibition|expo)|defen[cs]e\s+(?:fair|show|exhibition|expo)|"
          r"air\s+show|on\s+display)\b|"
          # (session 22, H-neg22) a weapons test or a drill told with its day: "test-fired a cruise missile off X",
          # "carried out a missile test near X", "fired interceptors during a drill near X": nothing was attacked
          r"\btest[- ](?:fir(?:e|es|ed|ing)|launch(?:es|ed|ing)?)\b|\b(?:missile|rocket|weapons?|ballistic)\s+tests?\b"
          r"(?!\s+(?:sites?|ranges?|facilit\w+|cent(?:re|er)s?|grounds?|pads?)\b)|"
          r"\btest(?:ed|s|ing)?\s+(?:an?\s+|its\s+|their\s+|the\s+)?(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:missiles?|rockets?)\b|"
          r"\b(?:during|in|at)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:drills?|exercises?(?!\s+of\b)|war\s*games?|"
          r"manoeuvres|maneuvers)\b|\b(?:mock|dummy)\s+targets?\b|"
          # (H-neg22) a report the article calls false: "reports that a missile hit X turned out to be wrong",
          # "posts claiming that rockets had hit X were fake"
          r"\b(?:reports?|claims?|posts?|rumou?rs?|videos?|footage|images)\s+(?:[\w'’-]+\s+){0,4}?(?:that|claiming|saying|showing)\b"
          r"[^.;]{0,140}?\b(?:were|was|are|is|proved|proven|turned\s+out\s+to\s+be)\s+(?:\w+\s+)?"
          r"(?:false|untrue|wrong|baseless|unfounded|fake|fabricated|inaccurate)\b|"
          # weather that falls: "heavy rain fell on X on Monday", "snow was falling in X" (nothing fired came down)
          r"\b(?:rains?|rainfall|snow|snowfall|hail|showers|downpours?|sleet)\s+(?:\w+\s+)?(?:fell|falls|falling|had\s+fallen|"
          r"has\s+fallen)\b",
    "fr": r"\bsimul(?:ant|ation|ations|ée?s?|er|e)\b|"
          r"\bexercices?\s+(?:militaires?|conjoints?|de\s+défense|d['’]évacuation)\b|"
          r"\b(?:mené|organisé|conduit|effectué)\s+(?:\w+\s+){0,3}?(?:un|des|son|ses|leurs?)\s+(?:[\w-]+\s+){0,2}?"
          r"(?:exercices?|manœuvres|manoeuvres)\b|"
          r"\b(?:défilé\s+militaire|salon\s+(?:international\s+)?(?:de\s+l['’]armement|de\s+la\s+défense|aéronautique|du\s+Bourget)|"
          r"exposition\s+(?:d['’]armes|militaire))\b|"
          # (H-neg22) un essai ou un exercice : « tir d'essai de deux missiles », « a testé un missile », « lors d'un exercice »
          r"\btirs?\s+d['’]essai\b|(?<!site d['’])(?<!sites d['’])(?<!centre d['’])(?<!champ d['’])(?<!base d['’])"
          r"\bessais?\s+(?:de\s+(?:tir|missiles?|roquettes?)|balistiques?|d['’]un\s+missile)\b|"
          r"\btesté(?:e|s|es)?\b|\b(?:lors|au\s+cours|pendant)\s+(?:d['’]une?|des|de\s+ces|de\s+l['’])\s*(?:[\w-]+\s+){0,2}?"
          r"(?:exercices?|manœuvres?|manoeuvres?|entraînements?)\b|\bcibles?\s+fictives?\b|"
          # (H-neg22) une information que l'article dit fausse : « les informations selon lesquelles un missile aurait
          # touché X sont fausses »
          r"\b(?:informations|affirmations|rumeurs|allégations|vidéos?|publications|images)\s+selon\s+lesquelles\b[^.;]{0,140}?"
          r"\b(?:sont|étaient|était|est|se\s+sont\s+révélées|s['’]est\s+révélée?)\s+(?:\w+\s+)?(?:fausses?|faux|infondée?s?|"
          r"erronée?s?|sans\s+fondement|mensongères?)\b|"
          # la météo qui tombe : « de fortes pluies sont tombées sur X lundi », « la neige est tombée à X »
          r"\b(?:pluies?|neige|grêle|averses?|précipitations)\s+(?:\w+\s+)?(?:(?:sont|est|était|étaient)\s+)?"
          r"(?:tombée?s?|tombe|tombent|tombait|tombaient)\b",
    "ar": r"تحاكي|يحاكي|محاكاة|مناورة|مناورات|تمرين عسكري|تمارين عسكرية|تدريبات عسكرية|"
          r"عرض عسكري|العرض العسكري|استعراض عسكري|معرض (?:ال)?(?:دفاع|أسلحة|سلاح)|"
          # (H-neg22) a test or a drill: "تجربة إطلاق صاروخ", "اختبرت صاروخا", "خلال تدريب قرب X"
          r"تجرب(?:ة|ته|تها)\s+(?:إطلاق|اطلاق|صاروخ|صاروخية)|تجارب\s+صاروخية|اختبار\s+(?:صاروخ|إطلاق|اطلاق)|"
          r"(?<![\u0621-\u064A])[وف]?(?:ا|أ)ختبر(?:ت|وا)?(?![\u0621-\u064A])|خلال\s+(?:ال)?(?:تدريب|تدريبات|تمرين|تمارين)(?![\u0621-\u064A])|"
          # (H-neg22) a report the article calls false: "عارية عن الصحة", "لا أساس لها من الصحة", "أنباء كاذبة"
          r"عار(?:ية)?\s+(?:تماما\s+)?(?:عن|من)\s+الصحة|لا\s+أساس\s+لها\s+من\s+الصحة|(?:أنباء|تقارير|معلومات|ادعاءات)\s+(?:كاذبة|مفبركة|ملفقة)|"
          # weather that falls: "سقط المطر بغزارة في X يوم الاثنين", "تساقطت الثلوج على X" (nothing fired came down)
          r"(?<![\u0621-\u064A])[وف]?(?:سقط|سقطت|تساقط|تساقطت|سقوط|هطل|هطلت|هطول)\s+(?:ال)?(?:مطر|أمطار|امطار|"
          r"ثلج|ثلوج|برد|زخات)(?![\u0621-\u064A])",
}

# Verbs of air defence: the projectiles were stopped in flight (the event is an interception).
INTERCEPT = {
    # ("the drones were destroyed at a safe distance", "destroyed by air defence systems": a defence ministry's wording)
    "en": r"\b(?:intercept(?:ed|s|ing)?|shot down|downed|brought down|destroyed in (?:the air|flight)|"
          r"(?:was|were|been)\s+destroyed\s+(?:[\"“]?at a safe distance|in mid-?air|as\s+(?:it|they)\s+approached|"
          r"before\s+(?:reaching|hitting)|on\s+(?:their|its)\s+approach|by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
          r"(?:air[- ]defen[cs]es?|air[- ]defen[cs]e\s+(?:systems?|units?|forces?)|anti-aircraft\s+\w+)))|"
          # ("air defences destroyed 30 drones over the X region", "air defence units destroyed eight drones": the
          # same wording in the active voice, air defence its subject)
          r"air[- ]defen[cs]es?(?:\s+(?:systems?|units?|forces?|crews?))?\s+(?:have\s+|had\s+|also\s+)?"
          r"(?:destroyed|neutrali[sz]ed)\b|"
          # (enfr49) "the ministry said it destroyed 41 drones over the Belgorod region": projectiles destroyed over a
          # place are destroyed in flight (the English of the French "détruit 41 drones au-dessus de")
          r"destroy(?:ed|s)\s+(?:[\w'’-]+\s+){0,3}?(?:drones?|missiles?|rockets?|projectiles?|UAVs?)"
          r"(?=(?:\s+[\w'’-]+){0,3}?\s+over\s+(?:the\s+|occupied\s+)?[A-Z\w])|"
          # ("adding that 22 drones were destroyed over the X, Y and Z regions": the same in the passive, as the
          # French "ont été détruits au-dessus de")
          r"(?:was|were|been)\s+destroyed\s+(?=over\s+(?:the\s+|occupied\s+)?[A-Z\w])",
    # ("ont été détruits à l'approche de l'aéroport", "détruit avant d'atteindre sa cible": downed on its way)
    # ("a neutralisé deux combattants": the Turkish army's word for the fighters it killed, no interception)
    # ("a affirmé avoir abattu 38 des 45 drones": the infinitive of a statement, as its "a abattu")
    # ("avait abattu 25 drones": the pluperfect of reported speech, "a indiqué que la défense avait abattu")
    "fr": r"\b(?:intercept\w*|(?:été|ont|a|avoir|avait|avaient) abattue?s?|abattue?s? (?:par|en vol)|neutralis\w*(?!\s+[«“\"]?\s*(?:\S+\s+){0,2}?"
          r"(?:terroristes|combattants|militants|membres|jihadistes|djihadistes|miliciens|rebelles|insurgés|hommes|personnes|"
          r"suspects|assaillants|soldats|un\s+(?:commandant|responsable|chef|combattant|terroriste))\b)|détruit\w* en vol|"
          r"détruite?s? (?:\w+ )?(?:à l['’]approche|avant d['’]atteindre|par (?:la|les) défenses?)|"
          # ("a affirmé avoir détruit 25 drones ukrainiens au-dessus de la Crimée", "ont été détruits au-dessus de la
          # région de X": the Russian ministry's wording, projectiles destroyed over a place, in flight)
          r"détrui(?:t|ts|te|tes|re)\s+(?:[\w'’-]+\s+){0,3}?(?:drones?|missiles?|roquettes?|projectiles?|aéronefs?)"
          r"(?=(?:\s+[\w'’-]+){0,3}?\s+au-dessus\s+d)|détrui(?:ts|tes?)\s+au-dessus(?=\s+d)|"
          # (enfr49) "des débris d'un drone abattu", "un missile abattu au-dessus de X": the participle after the
          # projectile, downed in flight (as English "a downed drone")
          r"(?<=drone )abattue?s?|(?<=drones )abattue?s?|(?<=missile )abattue?s?|(?<=missiles )abattue?s?|"
          r"(?<=roquette )abattue?s?|(?<=roquettes )abattue?s?)\b",
    # ("أعلن الجيش اعتراض طائرة مسيرة": the verbal noun, before what was downed -- "اعتراضها على القرار" is an objection)
    "ar": r"(?:اعترض|أسقط|إسقاط|التصدي|تصدت|تصدى|اعتراض(?=\s+(?:[^\s،.]+\s+){0,2}(?:ال)?(?:صاروخ|صواريخ|طائر|مسير|مسيّر|قذيف|هدف|أهداف|مقذوف))"
          # ("مدمرة أمريكية دمرت طائرتين مسيرتين أطلقهما الحوثيون فوق البحر الأحمر": projectiles destroyed in flight,
          # told by who fired them or where they flew -- not craft destroyed on the ground, "قبل إطلاقها")
          r"|(?<![\u0621-\u064A])[وف]?دمر(?:ت|تا|وا)?\s+(?:[^\s،.]+\s+){0,3}?(?:صاروخ|صواريخ|طائر|مسير|مسيّر|مقذوف)\S*\s+"
          r"(?:[^\s،.]+\s+){0,2}?(?:[أا]طلق(?:ت|وا)?(?:ه|ها|هما|هم)|فوق|في\s+(?:ال)?[أا]جواء))",
}

# Words that make a sentence about attacks in general, not one attack.
GENERIC = {
    "en": r"\b(?:each time|every time|with each|each|series of|any|future|would|could|might|threatens?|threatened to|"
          r"promises?|vowed|if|since|have resumed|has resumed|on several occasions|repeatedly|regularly|frequently|"
          r"rarely|seldom|routinely|"
          # a frequency: "exchanges of fire almost daily", "on a daily basis", "day after day" (a habit, not one attack)
          r"(?:almost|nearly|near-|virtually)\s*daily|on a (?:near-|almost )?daily basis|every (?:single )?day|day after day|"
          r"similar (?:attacks|strikes)|such attacks|attacks like|repeated (?:[\w-]+ )?(?:attacks|strikes|raids)|"
          # a tally of many attacks: "more than 160 attacks", "targeted at least 19 times"
          # (not a day's tally of one subject's fire: "Russian forces shelled the town of X 30 times in the past day",
          # "struck X 40 times over the past 24 hours": the daily report of that day's shelling of one place)
          r"(?:more than |over |at least |some )?\d{2,}\s+(?:attacks|strikes|times(?!\s+(?:(?:in|over|during)\s+the\s+(?:past|last)\s+"
          r"(?:day|24\s+hours)|overnight)\b))|dozens of (?:attacks|times)|"
          # (not "the Israeli military carried out strikes on positions near X": the strikes one subject conducted,
          # told in the simple past; "has carried out strikes on ..." stays the summary of a campaign)
          r"(?:attacks|(?<!carried out )(?<!conducted )strikes) (?:on|against) (?:\w+ ){0,2}(?:bases|targets|positions|sites|facilities)|"
          r"\b(?:has|have) (?:carried out|conducted) strikes (?:on|against) (?:\w+ ){0,2}(?:bases|targets|positions|sites|facilities)|"
          # a trend over many attacks: "drone strikes have multiplied across the area", "raids have intensified"
          r"(?:have|has|had)\s+(?:(?:also|since|steadily|sharply)\s+)?(?:multiplied|intensified|"
          r"become (?:more )?(?:frequent|common|routine)|grown (?:more )?(?:frequent|common))|"
          r"(?:are|were) (?:multiplying|intensifying|becoming (?:more )?(?:frequent|common)))\b",
    "fr": r"\b(?:chaque|futures?|pourrait|pourraient|menace|promet|si|à plusieurs reprises|régulièrement|rarement|"
          r"quasi[- ]quotidien(?:ne)?s?|presque quotidien(?:ne)?s?|quotidiennement|(?:presque )?tous les jours|jour après jour|"
          r"depuis (?:le début|des (?:mois|semaines|années)|plusieurs|\d{4}|janvier|février|mars|avril|mai|juin|juillet|"
          r"août|septembre|octobre|novembre|décembre|l['’](?:automne|été|hiver)|le printemps|lors)|"
          r"séries? d['’]attaques|séries? de (?:frappes|raids|bombardements|tirs)|attaques similaires|ce type d['’]attaques?|ces attaques|"
          r"(?:attaques|frappes|raids|bombardements) (?:\w+ )?répétée?s|"
          r"(?:plus de |au moins |près de )?\d{2,}\s+(?:attaques|frappes|fois)|des dizaines d['’]attaques|"
          r"depuis (?:la |le )?(?:mi-|début|fin)|"
          # (not "L'armée israélienne a mené des frappes contre des positions près de X": the strikes one subject
          # conducted, an act told in the perfect, not a summary of attacks on several bases)
          r"(?:attaques|(?<!mené des )(?<!effectué des )(?<!conduit des )frappes) (?:\w+ ){0,2}contre (?:\w+ ){0,2}"
          r"(?:bases|cibles|positions|sites)|"
          # une tendance de nombreuses attaques : « les frappes se sont multipliées dans le secteur »
          r"se (?:sont|étaient) (?:(?:encore|depuis|nettement)\s+)?(?:multipliée?s|intensifiée?s|"
          r"faites? (?:plus )?(?:fréquentes|nombreuses))|se (?:multiplient|multipliaient|intensifient|intensifiaient|"
          r"font plus fréquentes))\b",
    # ("وفي وقت سابق، استهدفت مسيرة سيارة في Y", "في وقت سابق اليوم": "earlier" fronted before its comma, or of the
    # day, times the next incident of the day's round-up; only "previously" told inside a clause is history)
    # ("وكانت الغارة قد استهدفت منزلا في X" right after the raid's toll: the definite raid, told alone before "قد",
    # is the one just reported, its place told in the pluperfect; no earlier raid, so no history)
    "ar": r"(?:في أعقاب\s+(?:ال)?(?:هجوم|هجمات|قصف|اعتداء|غارة|ضربة)|كل مرة|مستقبلا|قد ي|قد ت(?!\S*ت(?![\u0621-\u064A])|م(?![\u0621-\u064A]))|سوف|منذ|سبق أن|في وقت سابق(?!\s*[،,]|\s+(?:من\s+)?(?:اليوم|هذا\s+اليوم|يوم|صباح|مساء|ليل|فجر)(?![\u0621-\u064A]))|خلال الأشهر الماضية|هجمات مماثلة|مثل هذه الهجمات|بين (?:ال)?حين و(?:ال)?[آا]خر|من حين (?:لآخر|لاخر|إلى آخر|الى آخر)|من وقت (?:لآخر|لاخر)|بين الفينة والأخرى|هجمات متفرقة|هجمات متكررة|في أكثر من مناسبة|في اكثر من مناسبة|هجمات شبه يومية|هجمات يومية|بشكل متكرر|(?:ال)?أكثر\s+(?:استهدافا|تعرضا)|(?:كانت|كان)\s+(?!(?:ال)(?:غارة|ضربة|قصف|هجوم|غارات|ضربات|الصواريخ|صواريخ|قذائف|قذيفة|مسيرة)\s+قد\s)(?:\S+\s+){0,8}?قد\s|(?:ثلاث|عدة|أربع|خمس) قواعد|"
          # "وردت واشنطن بضربات على مواقع في ..." (answered with strikes): a reprisal campaign summed up, not one
          # raid; with a day of its own the clause still tells an incident
          r"(?<![\u0621-\u064A])[وف]?رد(?:ت|وا)?\s+(?:\S+\s+){0,2}?ب(?:عدة\s+|سلسلة\s+)?(?:ضربات|غارات|هجمات)|"
          # "موجة بدأت الأسبوع الماضي، استهدفت خلالها طائرات مسيرة X" (during which): a period's attacks summed up
          r"(?<![\u0621-\u064A])خلال(?:ها|ه|هما)(?![\u0621-\u064A])|"
          # "وردت الفصائل باستهداف مواقع في محيط X", "ورد الجيش بقصف مصادر النيران": the answer as a verbal noun
          r"(?<![\u0621-\u064A])[وف]?رد(?:ت|وا)?\s+(?:\S+\s+){0,4}?ب(?:استهداف|قصف)\s)",
}

# More words of a statement about attacks in general (session 19, H-generic19), joined to GENERIC: a habit
# or a frequency ("constantly", "all the time", "souvent", "fréquemment", "باستمرار", "طوال الوقت"), a period that
# is the past as a whole ("in the past", "has ... before", "par le passé", "a déjà visé", "في الماضي", "سبق لـ... أن")
# and a fear ("residents fear drones will strike", "craignent que", "redoutent"). Told after an article's dated incident,
# such a clause has no day of its own and took the incident's; as elsewhere, a count or a day of its own keeps a clause
# an incident (see extract.analyse_clause).
GENERIC_MORE = {
    "en": r"\b(?:constantly|continually|incessantly|all\s+the\s+time|around\s+the\s+clock|night\s+after\s+night)\b"
          r"|\bin\s+the\s+past(?=\s*[,.;:]|\s*$)|\bin\s+(?:years|times)\s+past\b"
          # ("has hit X before", not "had landed minutes before": a time counted back from the incident)
          r"|\b(?:has|have)\s+(?:[\w'’-]+\s+){1,6}?(?<!day\s)(?<!days\s)(?<!hours\s)(?<!minutes\s)(?<!moments\s)"
          r"(?<!shortly\s)(?<!just\s)(?<!night\s)(?<!week\s)(?<!weeks\s)(?<!evening\s)(?<!morning\s)before(?=\s*[.;:]|\s*$)"
          r"|\bfear(?:s|ed|ing)?\s+(?:that\s+)?(?:[\w'’-]+\s+){0,4}?(?:will|would|could|might|may)\b"
          r"|\bfear(?:s|ed|ing)?\s+(?:more|further|new|another|renewed)\s+(?:\w+\s+)?(?:attacks?|strikes?|raids?)\b"
          r"|\b(?:attacks|strikes|raids)\s+(?:of\s+this\s+kind|like\s+th(?:ese|is|at))\b"
          # ("Houthi attacks on shipping in the Red Sea have disrupted global trade"): attacks in the plural whose
          # consequence is told in the perfect are the campaign, the background of the article, not one incident
          r"|\b(?:attacks|strikes|raids)\b(?:\s+(?!(?:have|has)\b)[\w'’-]+){0,10}?\s+(?:have|has)\s+"
          r"(?:(?:also|already|largely|severely|badly|repeatedly)\s+)?(?:disrupted|forced|prompted|pushed|driven|"
          r"raised|upended|rattled|snarled|slowed|crippled|diverted|choked|dented)\b",
    "fr": r"\b(?:souvent|fréquemment|constamment|continuellement|sans\s+arrêt|tout\s+le\s+temps|"
          r"par\s+le\s+passé|dans\s+le\s+passé|jadis)\b"
          r"|\b(?:a|ont|avait|avaient)\s+déjà\s+(?:été\s+)?(?:vis|frapp|cibl|attaqu|bombard|touch|pilonn|tir|lanc)\w*"
          r"|\b(?:craign\w*|crai(?:nt|ns))\s+(?:que|qu['’]|de\s+nouvelles|d['’]autres)|\bredout\w*"
          r"|\bpeur\s+(?:que|qu['’])"
          # "des attaques de ce type", "ce genre de frappes" (lexicon has "ce type d'attaques")
          r"|\b(?:attaques|frappes|raids|tirs|bombardements)\s+(?:\w+\s+)?de\s+ce\s+(?:type|genre)\b|\bce\s+genre\s+d(?:e\s|['’])"
          # ("les attaques des Houthis en mer Rouge ont perturbé le commerce mondial": the campaign, as in English)
          r"|\b(?:attaques|frappes|raids)\b(?:\s+(?!ont\b)[\w'’-]+){0,10}?\s+ont\s+"
          r"(?:(?:déjà|fortement|largement|considérablement|gravement)\s+)?(?:perturbé|contraint|poussé|forcé|"
          r"ralenti|paralysé|détourné|fait\s+(?:grimper|flamber|bondir))\b",
    "ar": r"في\s+الماضي|فيما\s+مضى|في\s+السابق|(?<![\u0621-\u064A])و?سبق\s+ل\S*\s+(?:\S+\s+){0,2}?أن(?![\u0621-\u064A])"
          r"|باستمرار|طوال\s+الوقت|بشكل\s+دائم|كثيرا\s+ما|غالبا\s+ما"
          r"|(?<![\u0621-\u064A])[وف]?(?:يخشى|تخشى|يخشون|نخشى|مخاوف\s+من)(?![\u0621-\u064A])"
          # a clause opening on an imperfect attack verb ("وتقصف المسيرات قرى X", "ويستهدف الجيش X"): a habit or a
          # state of the war, not one strike (an incident is told in the perfect; a day or a count still keeps one)
          r"|^\s*و(?:تقصف|يقصف|تستهدف|يستهدف|تضرب|يضرب|تهاجم|يهاجم)(?![\u0621-\u064A])"
          # ("أجبرت هجمات الحوثيين في البحر الأحمر شركات الشحن على ..."): the campaign and its consequence
          r"|(?<![\u0621-\u064A])[وف]?(?:أجبرت|دفعت|عطلت|أربكت|عرقلت)\s+(?:ال)?هجمات(?![\u0621-\u064A])",
}

# The object of a denial that is the attack's victims, not the attack: "denied any casualties", "a démenti toute
# victime", "نفى وقوع أي إصابات" -- the attack stands, its toll is denied (read as none by NO_CASUALTIES)
CASUALTY_DENIED = {
    "en": r"(?:that\s+there\s+(?:were|had\s+been)\s+)?(?:any\s+|all\s+)?(?:casualties|injuries|deaths|fatalities|victims|losses)\b",
    "fr": r"(?:(?:toute?s?|les|des|l['’]existence\s+de|la\s+présence\s+de)\s+)?(?:victimes?|blessée?s?|pertes?|morts?)\b",
    "ar": r"(?:(?:وقوع|سقوط)\s+)?(?:أي|اي)?\s*(?:إصابات|اصابات|إصابة|اصابة|خسائر|ضحايا|قتلى|جرحى)(?![\u0621-\u064A])",
}

# Heads of what is wanted, threatened or possible, not what happened ("calling for strikes inside the country",
# "pressure on Biden to hit Iran", "menace de frapper"): an attack word in the few words after one is no incident.
IRREALIS = {
    "en": r"\b(?:call(?:s|ed|ing)? for|urg(?:e|es|ed|ing)|press(?:es|ed|ing)? for|demand(?:s|ed|ing)?|"
          r"pressure (?:on\s+[\w.'’-]+(?:\s+[\w.'’-]+)?\s+)?to|threat(?:en|ens|ened|ening) to|vow(?:s|ed|ing)? to|"
          r"pledg(?:e|es|ed|ing) to|plan(?:s|ned|ning)? to|ready to|prepared to|refrain(?:s|ed|ing)? from|"
          # a warning of what may come: "the army warned of rockets falling on X", "warned against strikes on Y"
          r"warn(?:s|ed|ing)?\s+(?:of|against)|"
          r"would|could|might|should|"
          # (H-neg22) a denial: "denied that its jets had struck X", "denied reports that a missile hit X", "denies
          # targeting X": the attack words after it are what did NOT happen (a comma ends the reach)
          # (not a denial of casualties: "denied any casualties after a rocket hit X" tells the attack, see
          # CASUALTY_DENIED)
          r"den(?:y|ies|ied|ying)(?!\s+" + CASUALTY_DENIED["en"] + r")(?:\s+(?:reports?|claims?|allegations?|accusations?|charges?)\s+(?:that|of))?"
          r"(?:\s+that)?(?:\s+[\w'’-]+){0,4}|"
          # ("rejected claims that it had bombed X", "dismissed reports that its jets hit X")
          r"(?:reject|dismiss|refut|rebut)\w*\s+(?:the\s+|as\s+\w+\s+)?(?:reports?|claims?|allegations?|accusations?|charges?|"
          r"rumou?rs?)\s+(?:that|of)(?:\s+[\w'’-]+){0,4}|"
          # "any attack on X would trigger a war": an attack that may come
          r"any(?=\s+(?:(?:further|new|future|fresh)\s+)?(?:attacks?|strikes?|aggression|assaults?)\s+(?:on|against)\b)|"
          # "No attack on X has been confirmed", "no rockets hit the town": a negated attack noun, nothing happened
          r"no(?=\s+(?:(?:new|further|other|such)\s+)?(?:attacks?|strikes?|raids?|rockets?|missiles?|drones?|"
          r"shells?|shelling)\b)|"
          # "disrupted amid fears of an Israeli attack", "over fears that drones ...": an attack feared, not told
          r"(?:amid|over|on|with|despite)\s+(?:growing\s+|mounting\s+)?fears?\s+(?:of|that)(?:\s+(?:an?|the))?|"
          # an airliner's diversion and its cause ("diverted to Larnaca because of the Iranian missile attack",
          # "cancelled flights due to the threat of drones"): the flight is told, the attack at most its background
          r"(?:diverted|rerouted|turned\s+back|cancell?ed|suspended|grounded|delayed|disrupted|halted)\b[^.;]{0,60}?"
          r"\b(?:because\s+of|due\s+to|amid|over)(?:\s+(?:the\s+|an?\s+)?(?:threat|risk|danger|fears?)\s+of)?"
          r"(?:\s+(?:the|an?))?(?:\s+[\w-]+(?=\s+[\w-]+\s+(?:attacks?|strikes?|fire)\b))?|"
          # "foiled a suicide bombing in X", "thwarted a drone attack on Y": an attack stopped before it happened
          r"(?:foil(?:s|ed|ing)?|thwart(?:s|ed|ing)?|avert(?:s|ed|ing)?)(?:\s+(?:an?|the|two|three|several))?"
          r"(?:\s+(?:planned|attempted|would-be|major|deadly|terrorist|possible|potential))?(?=\s)|"
          # "militants who were planning drone attacks on X": an intent, nothing that happened
          r"(?:planning|plotting|preparing)(?!\s+(?:to|for)\b)(?:\s+(?:new\s+|more\s+|further\s+)?(?:[\w-]+\s+)?"
          r"(?:attacks|strikes))?)\s+(?:[\w'’-]+\s+){0,3}?",
    "fr": r"\b(?:appel(?:le|lent|ait|aient|ant)? à|appelée?s? à|réclam\w+|exhort\w+|menac\w+ de|(?:a |ont )?promis de|"
          # une mise en garde : « l'armée a mis en garde contre des tirs de roquettes sur X »
          r"mis(?:e|es)?\s+en\s+garde\s+(?:\w+\s+)?contre(?:\s+(?:des|les|de|une?|d['’]))?"
          r"(?:\s*(?:nouvelles?|nouveaux|futures?|prochaines?|autres|éventuel(?:le)?s?))?|"
          r"prom(?:et|ettent) de|prêts? à|prêtes? à|envisag\w+ de|pourrai(?:t|ent)|devrai(?:t|ent)|risqu\w+ de|"
          r"(?:s['’])?abstenir de|vouloir|"
          # (H-neg22) un démenti : « a nié avoir frappé X », « a démenti qu'un missile a touché X »
          r"(?:dément\w*|démenti\w*|nie|nient|niait|niaient|nié)(?!\s+" + CASUALTY_DENIED["fr"] + r")"
          r"(?:\s+(?:les\s+informations|les\s+affirmations)\s+selon\s+lesquelles)?"
          r"(?:\s+[\w'’-]+){0,4}|"
          # « a rejeté les accusations selon lesquelles il aurait bombardé X », « toute attaque contre X déclencherait »
          r"(?:rejet\w*|réfut\w*|balay\w*)\s+(?:les\s+|des\s+)?(?:informations|affirmations|accusations|allégations|rumeurs)\s+"
          r"(?:selon\s+lesquelles|d['’]une?)(?:\s+[\w'’-]+){0,4}|"
          r"toute?(?=\s+(?:(?:nouvelle|autre|future)\s+)?(?:attaque|frappe|agression|offensive)\s+(?:contre|sur|visant)\b)|"
          # "Aucune attaque à X n'a été confirmée", "aucun drone n'a atteint X": a negated attack noun
          r"aucune?(?=\s+(?:(?:autre|nouvelle)\s+)?(?:attaques?|frappes?|raids?|tirs?|bombardements?|roquettes?|"
          r"missiles?|drones?|obus)\b)|"
          # "menace de frapper Haïfa si Israël poursuivait ses frappes au Liban", "s'il attaquait X": a condition in the
          # imperfect is a hypothesis, its attack words no incident ("même si une frappe a touché X" tells one)
          r"(?<!même )(?:si\s+(?:[\w'’-]+\s+){1,2}?|s['’]ils?\s+(?:ne\s+)?)[\w'’-]+(?:ait|aient)(?=\s)|"
          # "ont déjoué un attentat suicide à X", "a fait échouer une attaque": une attaque empêchée, qui n'a pas eu lieu
          r"(?:déjou\w*|fait\s+échouer|fait\s+avorter)(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
          r"hier)(?:\s+(?:soir|matin))?)?(?:\s+(?:un|une|des|le|la|les|deux|trois|plusieurs))?(?=\s)|"
          # "des terroristes qui préparaient des attaques contre X": une intention, rien qui ait eu lieu
          r"(?:prépar|planifi|foment)(?:ai|aie|an)(?:en)?t(?:\s+(?:des|de nouvelles|d['’]autres)\s+(?:attaques|frappes|"
          r"attentats|tirs)(?:\s+(?:de|à la|au|aux)\s+[\w-]+)?)?)\s+(?:[\w'’-]+\s+){0,3}?",
    # Threats, vows, demands and capabilities: "هدد بضرب X", "توعد بشن هجمات على X", "صواريخ قادرة على بلوغ X",
    # "يمكنها الوصول إلى X", "مستعدة للرد على أي هجوم", "صواريخنا ستطال X", "أي هجوم على X" (any attack):
    # the attack words after one are wanted or possible, not told.
    "ar": r"(?<![\u0621-\u064A])[وف]?(?:(?:ي|ت)?(?:هدد|توعد|يتوعد|تتوعد|لوح|يلوح|تلوح)(?:ت|وا|ون)?|(?:ال)?تهديد(?:ات)?\s+ب|"
          r"(?:ال)?قادر(?:ة|ون|ين)?\s+على|بإمكان\S*|بامكان\S*|(?:ي|ت)مكن(?:ه|ها|هم)?|(?:ي|ت)ستطيع|"
          r"مستعد(?:ة|ون|ين)?\s+(?:ل|على)|"
          # a warning of what may come: "حذر الجيش من سقوط صواريخ على X", "حذرت السلطات من احتمال قصف Y"
          r"(?:ي|ت)?(?:حذر|حذّر)(?:ت|وا|ون)?\s+(?:[^\s.؛:،,]+\s+){0,3}?من(?=\s)|"
          r"جاهز(?:ة|ون|ين)?\s+(?:ل|على)|دعا\s+إلى|دعت\s+إلى|(?:ي|ت)دعو\s+إلى|طالب\S*\s+ب|"
          r"مدى|نطاق|إذا|اذا|لو|أي(?=\s+(?:هجوم|اعتداء|ضربة|صاروخ|قصف|غارة|تهديد))|"
          # "دون ورود أنباء عن سقوط صواريخ" (with no reports of rockets falling): the attack words denied, not told
          r"(?:دون|بدون|لم)\s+(?:ورود\s+|ترد\s+)?(?:أنباء|انباء|معلومات|تقارير)\s+عن|"
          # "مسيرة حاشدة تنديدا بالقصف" (a march condemning the shelling): a protest, the attack not told here
          r"تنديدا(?=\s+ب)|احتجاجا(?=\s+على)|"
          # (H-neg22) a denial: "ونفى الجيش أن تكون طائراته قد قصفت X", "نفت الوزارة استهداف X"
          r"(?<![\u0621-\u064A])[وف]?(?:نفى|نفت|نفوا|ينفي|تنفي|ينفون)(?![\u0621-\u064A])"
          r"(?!(?:\s+[^\s.؛:،,]+){0,2}?\s+" + CASUALTY_DENIED["ar"] + r")(?:\s+[^\s.؛:،,]+){0,4}|"
          # "أحبطت القوات الأمنية هجوما انتحاريا في X", "إحباط هجوم": an attack foiled, not told
          r"(?<![\u0621-\u064A])[وف]?(?:أحبط|احبط|تحبط|يحبط|إحباط|احباط)(?:ت|وا|ه)?(?![\u0621-\u064A])|"
          # a bomb found, seized or defused before it went off: "ضبطت القوات عبوة ناسفة قبل انفجارها", "تفكيك عبوة
          # ناسفة", "إبطال مفعول عبوة" -- no blast, no incident
          r"(?<![\u0621-\u064A])[وف]?(?:ضبط|ضبطت|ضبطوا|فكك|فككت|تفكيك|أبطل|أبطلت|ابطل|ابطلت|إبطال|ابطال)"
          r"(?=\s+(?:[^\s.؛:،,]+\s+){0,3}?(?:مفعول\s+)?(?:ال)?(?:عبو|متفجر|حزام|سيار\S*\s+مفخخ))|"
          r"قبل(?=\s+(?:أن\s+)?(?:انفجار|تفجير|تنفجر|ينفجر)\S*)|"
          # "تلك الغارة" (that raid): the distal demonstrative points back to an attack already told or long past
          r"تلك(?=\s+(?:ال)?(?:غارة|غارات|هجوم|هجمات|ضربة|ضربات|قصف|مجزرة))|"
          # what a group holds is what it can do: "تمتلك صواريخ باليستية قادرة على ..."
          r"(?:ي|ت)(?:مت|م)لك(?:ها|ه|ون)?|امتلاك|بحوزت\S*|ترسان\S*|مخزون|متوعدا|متوعدة|متوعدين|مهددا|مهددة|"
          # (the words after may hold the day of the threat between commas: "توعد المتحدث، مساء الاثنين، بشن ...")
          r"س(?:ي|ت)(?:طال|ستهدف|ضرب|قصف|شن|هاجم|سقط|نفذ)|"
          # "الضربة التالية" (the next strike), "الهجوم المقبل": an attack still to come
          r"(?:ال)?(?:ضرب|غار|هجم|هجوم)\S*\s+(?:ال)?(?:تالي|مقبل|قادم)\S*|"
          # "للضغط من أجل وقف الاعتداءات", "لبحث سبل وقف الهجمات", "بهدف منع القصف": attacks wanted stopped
          r"(?:ل|ب)?(?:وقف|إيقاف|ايقاف|منع|لجم)(?=\s+(?:هذه\s+|هذا\s+|كل\s+|جميع\s+)?(?:ال)?(?:اعتداء|هجم|هجوم|غار|قصف|ضرب|"
          r"استهداف|عدوان|تصعيد)))\s+(?:[^\s.؛:]+\s+){0,6}",
}

# The other side's answer told with its deed, an attack of its own: "(Lebanon,) which responded by striking X",
# "..., with Israel retaliating by shelling Y", "(le Liban,) qui a riposté en frappant X", "Israël a répliqué en
# bombardant Y" (extract._CLAUSE_SPLIT cuts before it with the deeds it knows)
ANSWER_DEED = {
    "en": r"\b(?:respond(?:ed|ing)|retaliat(?:ed|ing)|repl(?:ied|ying)|hit(?:ting)?\s+back)\s+by\s+[a-z]+ing\b",
    "fr": r"\b(?:riposté|répliqué|répondu)\s+en\s+[a-zé]+ant\b",
}

# Markers that the clause tells of another incident than the one just told.
NEW_INCIDENT = {
    "en": r"\b(?:another|earlier|already|previous(?:ly)?|also|separate|a similar|similar|last week|before that|"
          r"last (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b"
          # (the other side's answer, an attack of its own)
          r"|" + ANSWER_DEED["en"],
    "fr": r"\b(?:un autre|une autre|une nouvelle|nouvel|nouvelle|similaire|déjà|précédente?|auparavant|aussi|également|"
          r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) dernier)\b"
          # (the other side's answer, an attack of its own)
          r"|" + ANSWER_DEED["fr"],
    # "وفي حادث منفصل" (in a separate incident), "في هجوم منفصل": another incident
    # ("سبعة آخرين", "آخرون": other victims of the toll, not another incident)
    "ar": r"(?:آخر(?!ين|ون)|أخرى|مماثل|سابق|أيضا|منفصل)",
}

# Verbs that introduce the launch site.
LAUNCH = {
    # "fired by an \"outlaw group\" from": an agent (quoted or not) between the verb and "from"
    "en": r"\b(?:fired|launched|shot|came|originated|flown)\s+(?:[\w\"“”'’.-]+\s+){0,4}?from\b|\bfrom the direction of\b|"
          # "the drone, which took off from X": where it took off ("a rocket from Gaza landed": extract._PROJECTILE_FROM)
          r"\b(?:took|taken|taking|had taken) off\s+from\b|"
          r"\blaunch(?:ers?|ing (?:pad|site|point)s?)\s+(?:\w+\s+){0,3}?(?:was|were|had been|have been)\s+(?:found|discovered|located|seized)\b|"
          r"\b(?:found|discovered|located|seized)\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,2}?launch(?:ers?|ing (?:pad|site|point)s?)\b",
    # "tirées d'une zone située à ...": the elided article ("d'une", "d'un") after the participle is still "from"
    # ("tirées du Liban", "lancés du sud du Yémen": the article joined to "de", after a verb of firing only: "le Parti
    # démocratique du Kurdistan", "des familles venues du sud" name no launch; "en provenance du Yémen" after a projectile,
    # not "des pèlerins en provenance du Liban")
    # (not the "de" of a round figure: "a tiré une cinquantaine de roquettes sur X", "des dizaines de"; nor of an
    # amount, a number or the projectiles after it: "a tiré plus de cent roquettes sur X", "lancé une salve de
    # roquettes sur X", "plus d'une centaine de drones": a launch site is never a figure or a weapon)
    "fr": r"\b(?:tirée?s?|lancée?s?|lancés|tirés)\s+(?:\w+\s+){0,2}?(?:depuis\b|(?<!aine\s)(?<!aines\s)de\b"
          r"(?!\s+(?:\d|(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|"
          r"vingt|trente|quarante|cinquante|soixante|cent|mille)\b|(?:[\w-]+\s+)?(?:roquettes?|missiles?|drones?|obus|"
          r"projectiles?|mortiers?|bombes?|munitions?|engins?)\b))|du\b|(?<!plus\s)(?<!moins\s)d['’](?=une?\b))|"
          r"\ben provenance de\b|"
          # "un drone venu du Liban", "les tirs étaient venus du Golan": coming from, said of projectiles only
          # ("la roquette, partie de la bande de Gaza, s'est abattue sur X": the participle in apposition)
          r"\b(?:roquettes?|missiles?|drones?|obus|projectiles?|tirs?|engins?|appareils?)(?:\s*,\s*|\s+)(?:[\w'’-]+\s+){0,3}?"
          r"(?:partie?s?|venue?s?|en provenance)\s+(?:\w+\s+){0,2}?(?:depuis\b|de\b|du\b|des\b|d['’](?=une?\b))|"
          r"\b(?:tirs?|lancements?|roquettes?|missiles?|drones?)\s+(?:\w+\s+){0,3}?(?:effectué\w*|tiré\w*|lancé\w*|parti\w*)\s+(?:depuis|d['’]une?|de)\b|"
          # "un drone en provenance d'Irak", "les roquettes provenaient de la région de X": where they came from, said of
          # projectiles only (the elided "d'" before a country's name too)
          r"\b(?:roquettes?|missiles?|drones?|obus|projectiles?|tirs?|engins?|appareils?)\s+(?:[\w'’-]+\s+){0,3}?"
          r"(?:en provenance|provenaient|provenait|proviennent|provient|provenant)\s+(?:de\b|du\b|des\b|d['’])|"
          # "le drone, qui avait décollé de la région de X": where it took off
          r"\bdécollée?s?\s+(?:de\b|du\b|des\b|d['’]|depuis\b)|"
          # ("ils venaient de Bagdad quand une roquette ...": people coming; "elles", the rockets, may "venir")
          r"\b(?:elles|ils)\s+(?:provenaient|proviennent)\s+(?:de\b|du\b|des\b|d['’])|"
          r"\belles\s+(?:venaient|viennent)\s+(?:de\b|du\b|des\b|d['’])|"
          # "un tir de roquette depuis Gaza", "des tirs d'obus depuis le Liban": the noun of firing, its projectile, "depuis"
          r"\b(?:tirs?|lancements?)\s+(?:de\s+|d['’])(?:[\w-]+\s+){1,2}?depuis\b|"
          r"\bdepuis une (?:zone|région|localité)\b|"
          # "à partir du Sud-Liban", "à partir de la ville de X" (not of a time: "à partir de lundi", "du 15 mars")
          r"\bà partir (?:d['’]|du\b|des\b|de\b)(?!\s*(?:la\s+semaine|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
          r"dimanche|demain|maintenant|minuit|midi|\d|ce\b|cette|janvier|février|mars|avril|mai|juin|juillet|août|"
          r"septembre|octobre|novembre|décembre|l['’]aube|l['’]an|l['’]année))|"
          r"\b(?:lanceurs?|rampes? de lancement)\s+(?:\w+\s+){0,3}?(?:été|ont été|a été)\s+(?:retrouvée?s?|découverte?s?|localisée?s?)\b|"
          r"\b(?:retrouvé|découvert|localisé|saisi)\s+(?:le\s+|la\s+|les\s+|une?\s+)?(?:\w+\s+){0,2}?(?:lanceurs?|rampes? de lancement)\b",
    "ar": r"(?:أطلق|انطلق|إطلاق)\S*\s+(?:\S+\s+){0,3}?من|من منطقة|من جهة|من اتجاه",
}

# Verbs of where projectiles came down (impact sites).
IMPACT = {
    "en": r"\b(?:landed|fell|crashed|struck|hit|impacted|slammed|exploded|came down)\b",
    "fr": r"\b(?:tombée?s?|tombés|atterri|écrasée?s?|(?:se sont|s'est|s’est) abattue?s?|touché|touchée?s?|explosé|frappé)\b",
    "ar": r"(?<![\u0621-\u064A])[وف]?(?:سقطت|سقط|انفجرت|أصابت)|" + AR_FELL_PROJECTILE,  # not inside أسقطت (shot down), an interception
}

# Feature cues: words before or after a name that say what kind of place it is.
CUES = [
    # (regex, cue) — longest first matters, so air base precedes base.
    (r"air ?bases?|airbases?|air fields?|airfields?|airstrips?|aérodromes?|bases? aériennes?|bases? aérienne militaire|قاعدة جوية|قاعدة",
     "airbase"),
    (r"military bases?|bases? militaires?|bases?|camps?|garrison|outpost|compound|complexe|installation|headquarters|"
     r"quartiers? généraux|quartier général", "base"),
    (r"international airport|airport|aéroport|مطار", "airport"),
    (r"embassy|ambassade|سفارة", "embassy"),
    (r"consulate|consulat|قنصلية", "consulate"),
    (r"green zone|zone verte|international zone|المنطقة الخضراء", "zone"),
    (r"border crossing|crossing|poste[- ]frontière|point de passage|معبر", "border_crossing"),
    (r"oil ?field|gas ?field|champ pétrolier|champ gazier|حقل", "oil_field"),
    (r"villages?|hamlet|قرية", "village"),
    # ("localité" is French copy's word for any settlement, a city of 200,000 too: "la localité de Baïji", "la
    # localité de Hassaké"; as "village" it ruled the city out)
    (r"town|ville|cities|city|bourgade|localité|مدينة|بلدة", "town"),
    (r"districts?|sub-district|qada|nahia|district|قضاء|ناحية", "district"),
    (r"provinces?|governorates?|gouvernorats?|régions?|regions?|oblasts?|krai|kraï|محافظة|مقاطعة|ولاية|إقليم", "province"),
    (r"area|zone|secteur|منطقة", "area"),
]

# Anaphora: a facility noun with no name refers to the place the event is about.
ANAPHORA = {
    "en": r"\b(?:the|that|this|the same)\s+(?:(?:air|military|us|american|iraqi|coalition)\s+)?"
          r"(?:base|airbase|compound|facility|camp|installation|enclosure of the base|site)\b(?!\s+(?:of|in)\s+[A-Z])",
    "fr": r"\b(?:la|cette|la même|le|du|de la|l')\s*(?:même\s+)?(?:base|camp|complexe|site|installation|enceinte)"
          r"(?:\s+(?:aérienne|militaire))?\b(?!\s+(?:de|d'|d’)\s*[A-Z])",
    "ar": r"(?:القاعدة|المعسكر|الموقع)",
}

# Reference phrases: "north of Baghdad", "à 80 km au nord de Bagdad" — not where the attack was.
DIRECTIONS = {
    "north": 0, "north-east": 45, "northeast": 45, "east": 90, "south-east": 135, "southeast": 135, "south": 180,
    "south-west": 225, "southwest": 225, "west": 270, "north-west": 315, "northwest": 315,
    "nord": 0, "nord-est": 45, "est": 90, "sud-est": 135, "sud": 180, "sud-ouest": 225, "ouest": 270, "nord-ouest": 315,
    "شمال": 0, "شمال شرق": 45, "شرق": 90, "جنوب شرق": 135, "جنوب": 180, "جنوب غرب": 225, "غرب": 270, "شمال غرب": 315,
}
_DIR = "|".join(sorted((d for d in DIRECTIONS if d.isascii()), key=len, reverse=True))
REFERENCE = {
    # "20 km north of X" places something by X; "in the north of X" is inside X and no reference
    "en": r"(?:(?P<dist>\d+(?:\.\d+)?|[a-z]+)\s*(?P<unit>km|kilometres?|kilometers?|miles?)\s+)?"
          r"(?:\(\s*[\d.]+\s*(?:miles?|km)\s*\)\s+)?(?<!the )(?P<dir>" + _DIR + r")(?:ern)?\s+of(?:\s+the)?\s*$",
    # ("à une dizaine de kilomètres au sud de X", "à quelque 20 km", "à cinq km": a round or spelled-out figure too)
    "fr": r"(?:(?:à\s+)?(?:environ\s+|quelque\s+|près\s+de\s+)?(?P<dist>\d+(?:[.,]\d+)?|une\s+(?:dizaine|douzaine|"
          r"quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine)\s+de|deux|trois|quatre|cinq|six|sept|huit|"
          r"neuf|dix|quinze|vingt|trente|quarante|cinquante|cent)\s*(?P<unit>km|kilomètres?)\s+)?"
          r"(?:au|à l'|à l’)\s*(?P<dir>nord-est|nord-ouest|sud-est|sud-ouest|nord|sud|est|ouest)\s+(?:de|d'|d’|du)\s*$",
    "ar": r"(?P<dir>شمال شرق|شمال غرب|جنوب شرق|جنوب غرب|شمال|جنوب|شرق|غرب)ي?\s*$",
}
DESCRIPTIVE = {
    "en": r"\b(?:capital of|capital|the province of)\s*$",
    "fr": r"\b(?:capitale de|capitale du|capitale)\s*$",
    "ar": r"(?:عاصمة)\s*$",
}

# A stated distance before a direction: "five miles east of", "à 5 km au sud de", "على بعد 10 كيلومترات جنوب".
DISTANCE_DIRECTION = {
    "en": r"(?P<num>(?:[\w.,-]+\s+){0,2}?[\w.,-]+)\s*(?:-|\s)(?P<unit>km|kilomet(?:er|re)s?|miles?)\s+(?:to the\s+)?(?P<dir>" + _DIR + r")(?:ern)?\s+of\b",
    "fr": r"(?P<num>(?:[\w.,'’-]+\s+){0,2}?[\w.,-]+)\s*(?:de\s+)?(?P<unit>km|kilomètres?|milles?)\s+(?:au|à l['’])\s*(?P<dir>nord-est|nord-ouest|sud-est|sud-ouest|nord|sud|est|ouest)\b",
    "ar": r"بعد\s+(?P<num>(?:نحو|حوالي|قرابة)?\s*\S+)\s+(?P<unit>كلم|كم|كيلومترا?|كيلومترات|ميلا?|أميال)\s+(?P<dir>شمال شرق|شمال غرب|جنوب شرق|جنوب غرب|شمال|جنوب|شرق|غرب)",
}

# Direction the launch came from, as seen from the target ("further east", "from the east").
LAUNCH_DIRECTION = {
    "en": r"\b(?:further|farther|to the|from the|east|west|north|south)?\s*(?P<dir>north-east|north-west|south-east|"
          # ("-ern" before a name or a bank, a side, an edge is the part of a place, no bearing from the target:
          # "fired from eastern Syria", "slammed into Dhiban, on the eastern bank of the Euphrates")
          r"south-west|northeast|northwest|southeast|southwest|north|south|east|west)"
          # (the pattern is read case-blind: the capital of a name is tested with the flag off)
          r"(?:ward|ern(?!\s+(?:(?-i:[A-Z])[\w-]*|bank|side|shore|coast|edge|part|outskirts|suburbs?|countryside|"
          r"province|governorate|border)\b))?\b",
    # ("depuis l'est", "depuis le nord": a bearing; not "depuis le sud du Liban", the part of a land)
    "fr": r"\b(?:plus à l'|plus au|à l'|au|de l'|du|(?:depuis l['’]|depuis le\s)(?=[\w-]+(?![\w-])(?!\s+(?:du|de|des|d['’]))))"
          r"\s*(?P<dir>nord-est|nord-ouest|sud-est|sud-ouest|nord|sud|est|ouest)\b",
    # (not "من جنوب لبنان", "من شمال قطاع غزة": the part of a land the fire came from, no bearing from the target;
    # "من الجنوب", with the article, is one)
    "ar": r"(?<!من )(?<!شمال )(?<!جنوب )(?P<dir>شمال شرق|شمال غرب|جنوب شرق|جنوب غرب|شمال|جنوب|شرق|غرب)",
}

# The months' names in English and French, as a regex alternation: a date's day beside one is no count of weapons or
# victims ("On March 12 five people were killed", "On 12 March two drones hit", "le 12 mars, cinq civils")
MONTH_NAMES = (r"january|february|march|april|may|june|july|august|september|october|november|december|janvier|"
               r"février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre")
# the English months as wire copy abbreviates them, with or without the dot ("KYIV, Feb 19 (Reuters)", "On Feb. 3")
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

# Casualty verbs and nouns.
KILLED = {
    # "succumbed to their wounds", "a succombé à ses blessures": a wounded person who died, told as a death
    "en": r"\b(?:killed|killing|dead|died|dies|perished|deaths?|fatalities|lost (?:their|his|her) lives?|"
          r"succumbed|succumbing|succumbs|fatality|"
          # "claimed the lives of four farmers", "costing the lives of two guards": the dead the phrase names
          r"(?:claimed|claiming|cost|costing|took|taking) the lives of|"
          # "the IDF said it eliminated two terrorists": an army's word for the fighters it killed (casualties.py counts
          # an object of it only when the object is people, not "eliminated a launcher")
          r"eliminated|eliminating)\b",
    "fr": r"\b(?:tuée?s?|tués|tuant|tué|morte?s?|décédée?s?|décès|péri|périt|ont péri|avaient péri|a tué|ont tué|"
          # "trois civils ont trouvé la mort": the usual idiom of a death in French reports
          r"trouvée?s?\s+la\s+mort|trouvent\s+la\s+mort|trouve\s+la\s+mort|"
          r"succombée?s?|succombés|succombant|succombe|succombent|"
          # "a coûté la vie à trois civils", "deux personnes ont perdu la vie"
          r"coûté la vie (?:à|aux?)|coûtant la vie (?:à|aux?)|perdu la vie|"
          # "l'armée a dit avoir éliminé trois terroristes", "un commandant a été éliminé": an army's word for the
          # fighters it killed (casualties.py counts an object of it only when the object is people)
          r"éliminée?s?|éliminés|éliminant|"
          # "l'élimination d'un haut commandant", "l'assassinat de deux cadres": the nouns of a killing, their dead after
          # "de" (casualties.py counts them only when they are people, not "l'élimination de la menace")
          r"éliminations?|assassinats?)\b",
    "ar": r"(?:قتل|مقتل|قتلى|قتيل|مصرع|لقي حتفه|لقوا حتفهم)",
}
INJURED = {
    # "three others remain under treatment", "deux restent hospitalisés": the wounded still in care, told when a
    # toll is revised (the dead among the first wounded no longer count as wounded)
    "en": r"\b(?:injured|injuring|wounded|wounding|hurt|injuries|wounds|"
          r"(?:remain|remains|remained|are still|were still|is still|was still) (?:(?:in|under) (?:medical )?"
          r"(?:treatment|care)|in (?:the )?hospital|hospitali[sz]ed)|"
          # "were hospitalised with shrapnel wounds", "a passenger was taken to hospital with burns": the wounded
          # told by their care (a death told "in hospital" is read by the killed patterns first)
          r"hospitali[sz]ed|(?:taken|rushed|admitted|evacuated|airlifted) to (?:a |the )?(?:[A-Z][\w-]+ )?hospital)\b",
    "fr": r"\b(?:blessée?s?|blessés|blessant|blessé|a blessé|ont blessé|en a blessé|blessures|"
          r"(?:restent|reste|sont toujours|est toujours|demeurent|demeure) (?:hospitalisée?s?|soignée?s?|"
          r"(?:sous|en) (?:traitement|observation|soins)|à l['’]hôpital)|"
          # "deux passagers ont été hospitalisés", "transportés à l'hôpital": the wounded told by their care
          r"hospitalisée?s?|hospitalisés|(?:transportée?s?|transportés|évacuée?s?|évacués|admise?s?|conduite?s?|conduits) "
          r"(?:à|vers) l['’]hôpital)\b",
    "ar": r"(?:جرح|إصابة|إصابات|جرحى|مصاب|مصابين|أصيب)",
}
# Verbs of condemnation: a clause condemning the incident being told opens no incident of its own.
CONDEMN = {
    "en": r"\b(?:condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing))\b",
    "fr": r"\b(?:condamn(?:e|ent|é|ée|és|ées|ait|aient|er)|dénonc(?:e|ent|é|ée|és|ées|ait|aient|er))\b",
    "ar": r"(?:أدان|أدانت|ادان|ادانت|يدين|تدين|استنكر|استنكرت|يستنكر|تستنكر|ندد|نددت|يندد|تندد)",
}

NO_CASUALTIES = {
    "en": r"\b(?:no (?:casualties|victims|one was (?:hurt|harmed|killed|injured))|no one was (?:hurt|harmed|killed|injured)|"
          # "no one was reported hurt", "nobody was immediately reported injured"
          r"no ?(?:one|body) (?:was|were) (?:immediately |initially )?reported (?:hurt|harmed|killed|injured|wounded)|"
          r"nobody was (?:hurt|harmed|killed|injured)|caused no (?:casualties|injuries)|"
          # "an attack that killed no one but wounded a guard", "wounding two but killing nobody"
          r"(?:killed|killing) (?:no ?one|nobody)|"
          # "nobody was physically hurt" (not "seriously": some may be lightly hurt)
          r"no ?(?:one|body) (?:was|were) (?:physically|immediately) (?:hurt|harmed|injured|wounded|killed)|"
          # "without causing any injuries", "without inflicting casualties"
          r"without (?:causing |inflicting |leaving |making )?(?:any )?(?:casualties|injuries|deaths|fatalities|victims)|"
          # "there were no reports of injuries": stated like "no reports of casualties" (not "no word on", which is silence)
          r"no (?:immediate )?reports? of (?:casualties|injuries|deaths|fatalities)|no injuries|there were no (?:casualties|injuries|deaths|fatalities)|"
          r"caused no (?:damage or )?(?:casualties|injuries)|no (?:one|body) (?:was )?(?:hurt|injured|killed)|"
          r"^\s*no \w+ (?:was|were) (?:hurt|harmed|injured|wounded|killed)|"
          # "No American personnel were hurt", "no U.S. service members were injured": a group named by a noun
          r"\bno (?:[\w.-]+\s+){0,2}?(?:personnel|troops|soldiers|service ?members|servicem[ae]n|staff|civilians|"
          r"employees|workers|crew(?: members)?|sailors|marines|citizens|nationals|residents|guards|people|forces) "
          r"(?:was|were) (?:hurt|harmed|injured|wounded|killed)|"
          r"neither (?:deaths?|casualties|fatalities|killed) nor (?:injuries|injured|wounded)|"
          r"no (?:deaths|fatalities)(?: or (?:injuries|casualties))?|caused no (?:deaths|fatalities)|"
          # "there was no loss of life" (deaths only), "did not result in any casualties", "no human losses"
          r"no loss of (?:human )?li(?:fe|ves)|(?:did|does|has|have) not (?:result(?:ed)? in|cause[ds]?|lead to|led to|leave|left) "
          r"(?:any )?(?:casualties|injuries|deaths|fatalities|victims)|no human (?:losses|casualties)|"
          # "None of the attacks caused any casualties": every incident told, none with a victim
          r"none of the (?:\w+ )?(?:attacks|strikes|incidents|raids|rockets|missiles|drones|shells) (?:caused|resulted in|left) "
          r"(?:any )?(?:casualties|injuries|victims)|"
          # "Neither incident caused casualties", "neither of the attacks resulted in injuries"
          # ("Neither caused any damage or casualties": the two incidents just told)
          r"neither (?:of (?:the|them) )?(?:(?:attacks?|strikes?|incidents?) )?(?:caused|resulted in|left) (?:any )?(?:(?:material )?damage or )?(?:casualties|injuries|victims)|"
          # "caused neither casualties nor damage"
          r"(?:caused|causing|left|leaving) neither (?:casualties|victims|injuries|deaths)|"
          # "neither damage nor casualties", "no damage or injuries": a denial paired with one of damage
          r"neither (?:material )?damage nor (?:casualties|victims|injuries|deaths)|no (?:material )?damage or (?:casualties|injuries)|"
          # "No one else was hurt": none besides the victims just told
          r"no ?(?:one|body) else (?:was|were) (?:hurt|harmed|injured|wounded|killed)|nobody else (?:was|were) (?:hurt|harmed|injured|wounded|killed)|"
          # "No other injuries were reported", "no other casualties": none besides the victims just told
          r"no (?:other|further|additional) (?:injuries|casualties|deaths|fatalities|victims)|"
          # "the crew are reported safe", "all 21 sailors were unharmed": everyone aboard or present unhurt
          r"(?:crew|crew members|crewmembers|sailors|seafarers|passengers|everyone|everybody|all on board|all aboard) "
          r"(?:are|were|was|is)(?: all| both| reported| reportedly| said to be| believed to be)* "
          r"(?:safe|unharmed|unhurt|uninjured)|"
          # "The family inside were unharmed", "the occupants escaped unhurt": those present, unhurt
          r"(?:family|families|occupants|residents|those|people|soldiers|troops|guards|workers|staff) "
          r"(?:inside |at home |in the (?:house|building|car) )?"
          r"(?:are|were|was|is|escaped)(?: all| both| reported| reportedly| said to be| believed to be)* "
          r"(?:unharmed|unhurt|uninjured|unscathed)|"
          # "causing only material damage", "there was material damage only": damage and no victim
          r"(?<!not )only (?:some )?material damage|material damage only)\b",
    "fr": r"\b(?:aucune victime|sans faire de victimes?|sans (?:pertes|victimes?)|personne n'a été (?:blessé|tué)|"
          r"personne n’a été (?:blessé|tué)|n'a fait aucun(?:e)? (?:mort|victime|blessé)|n’a fait aucun(?:e)? (?:mort|victime|blessé)|"
          r"pas de victimes?|aucun blessé|aucun mort|fait état d['’]aucune victime|sans faire de (?:blessés?|morts?)|"
          # "sans causer de victimes", "sans provoquer aucun blessé", "n'a causé aucune victime"
          r"sans (?:faire|causer|provoquer|occasionner) (?:de |d['’]|aucune? )(?:victimes?|blessés?|morts?|pertes)|"
          r"n['’](?:a|ont|avait|avaient) (?:fait|causé|provoqué) aucune? (?:mort|victime|blessé|perte)|"
          # "Aucun soldat italien n'a été blessé", "..., et aucun civil n'a été touché"
          r"(?:^\s*|\bet\s+|,\s*)aucune? \w+(?: \w+)? n['’](?:a|ont) été (?:blessée?s?|tuée?s?|touchée?s?)|"
          # "n'a fait « ni victime ni dégât »", "ni dégâts ni blessés": a denial paired with one of damage
          r"ni (?:victimes?|morts?|tués?|blessés?|pertes) ni (?:dégâts?|dommages?|destructions?)|"
          r"ni (?:dégâts?|dommages?)(?: matériels?)? ni (?:victimes?|blessés?|morts?)|"
          # "n'ont fait ni morts ni blessés", "l'attaque n'a pas fait de morts"
          r"ni (?:morts?|tués?|victimes?) ni (?:blessés?|morts?)|ni blessés? ni morts?|"
          r"pas fait de (?:morts?|victimes?|blessés?)|"
          # "il n'y a pas eu de blessés", "on ne signale pas de victimes" (not "pas eu de blessés graves": some were hurt)
          # "il n'y a pas eu de pertes humaines", "aucune perte humaine": the wire's "no human losses"
          r"pas eu de pertes humaines|aucune perte humaine|pas de pertes humaines|sans pertes humaines|"
          r"pas eu de (?:morts?|victimes?|blessés?)(?! graves?)|ne (?:signale|signalait|déplore|déplorait) pas de (?:morts?|victimes?|blessés?)(?! graves?)|"
          # "Aucune des frappes n'a fait de victimes", "Nul n'a fait de blessés": the subject's negation, no "pas"
          r"n['’](?:a|ont|avait|avaient) (?:fait|causé|provoqué) (?:de |d['’])(?:victimes?|morts?|blessés?)|"
          # "n'a fait ni victime ni dégâts", "sans faire ni blessé ni dégât": a denial coordinated with damage
          r"n['’](?:a|ont|avait|avaient) fait ni (?:victimes?|morts?|blessés?)|sans faire ni (?:victimes?|morts?|blessés?)|"
          r"personne d['’]autre n['’]a été (?:blessée?|tuée?|touchée?)|"
          # "une attaque « sans dégâts ni blessés »": a denial coordinated after the damage
          r"sans (?:faire (?:de |ni )?)?(?:dégâts?|dommages?)(?: matériels?)? ni (?:victimes?|blessés?|morts?)|"
          # "Aucun autre blessé n'a été signalé", "aucune autre victime": none besides the victims just told
          r"aucune? autres? (?:blessés?|victimes?|morts?|décès|pertes)|"
          # "l'équipage est sain et sauf", "les marins sont tous indemnes": everyone aboard or present unhurt
          r"(?:équipage|marins|passagers|membres d['’]équipage) (?:est|sont|était|étaient)(?: tous| toutes| sains?)* "
          r"(?:et saufs?|indemnes?|sains? et saufs?)|"
          # "les occupants sont sortis indemnes", "la famille est sortie indemne": those present, unhurt
          r"(?:famille|familles|occupants?|habitants|résidents|passagers|équipage) (?:\w+ )?(?:est|sont|était|étaient) "
          r"(?:tous |toutes )?(?:sortie?s? |ressortie?s? )?(?:tous |toutes )?indemnes?|"
          # "il n'y a pas de perte humaine", "sans perte humaine": the singular of "pas de pertes humaines"
          r"pas (?:eu )?de perte humaine|sans perte humaine|"
          # "n'a fait que des dégâts matériels", "ne causant que des dégâts matériels": damage and no victim
          r"(?<!pas )que des (?:dégâts|dommages) matériels|(?:uniquement|seulement) des (?:dégâts|dommages) matériels)\b",
    "ar": r"(?:دون وقوع إصابات|دون وقوع خسائر|لم تسفر عن|لا إصابات|دون أن يسفر)",
}
# Which of killed/injured a "no casualties" phrase zeroes.
NO_CASUALTY_SCOPE = [
    # both figures denied at once ("no one was killed or injured", "no injuries or deaths", "aucun mort ni blessé"):
    # read before the one-figure forms, which would otherwise take only the first word
    (r"\b(?:no\s?(?:one|body)|no \w+) (?:was|were) (?:killed|hurt|injured|wounded|harmed),? (?:or|nor|and) (?:killed|hurt|injured|wounded)\b|"
     r"\bno (?:injuries|casualties|wounded) (?:or|and|nor) (?:deaths|fatalities|dead)\b|"
     r"\bno (?:deaths|fatalities|dead) (?:or|and|nor) (?:injuries|casualties|wounded)\b|"
     r"\baucun (?:mort|tué|décès) (?:ni|ou|et) (?:aucun )?blessé|\baucun blessé (?:ni|ou|et) (?:aucun )?(?:mort|tué)|"
     r"n.a été (?:tuée?s?|blessée?s?) (?:ni|ou|et) (?:tuée?s?|blessée?s?)", ("killed", "injured")),
    (r"no loss of (?:human )?li(?:fe|ves)|aucun mort|n.a fait aucun mort|no one was killed|nobody was killed|no deaths|no fatalities|aucun décès|pas de morts?|"
     r"\bno (?:[\w.-]+ ){0,2}?\w+ (?:was|were) killed|aucune? \w+(?: \w+)? n.a été tuée?|pas fait de morts?|pas eu de morts?|no (?:immediate )?reports? of (?:deaths|fatalities)|aucun autre (?:mort|décès)|"
     r"no (?:other |further |additional )(?:deaths|fatalities)|(?:killed|killing) (?:no ?one|nobody)|"
     r"(?:caused )?no (?:deaths|fatalities)(?! or)", ("killed",)),
    (r"no (?:other |further |additional )?injuries|aucun (?:autre )?blessé|n.a (?:fait|causé|provoqué) aucun blessé|sans (?:faire|causer|provoquer|occasionner) "
     r"(?:de |d['’]|aucun )blessés?|without (?:causing |inflicting )?(?:any )?injuries|"
     r"\bno (?!one\b)(?:[\w.-]+ ){0,2}?\w+ (?:was|were) (?:hurt|injured|wounded)|aucune? \w+(?: \w+)? n.a été (?:blessée?|touchée?)|pas fait de blessés?|pas eu de blessés?|no (?:immediate )?reports? of injuries|ne (?:signal|déplor)\w* pas de blessés?|"
     r"fait ni blessés?|neither injuries|"
     r"sans (?:faire (?:de |ni )?)?(?:dégâts?|dommages?)(?: matériels?)? ni blessés?", ("injured",)),
]

# Victim nouns: the counts before them are casualties, not projectiles.
VICTIMS = {
    "en": r"(?:people|persons?|civilians?|soldiers?|troops|servicem[ae]n|service members?|contractors?|subcontractors?|"
          r"employees?|workers?|militiamen|militants?|fighters?|members?|child(?:ren)?|women|(?:wo)?man|men|policem[ae]n|guards?|"
          r"officers?|personnel|staff|americans?|iraqis?|syrians?|others?|britons?|brits?|kurds?|iranians?|israelis?|"
          r"jordanians?|saudis?|yemenis?|lebanese|nationals?|citizens?|passengers?|residents?|villagers?|drivers?|"
          r"indians?|pakistanis?|afghans?|bangladeshis?|nepalis?|filipinos?|egyptians?|sudanese|turks?|emiratis?|"
          r"palestinians?|tourists?|foreigners?|migrants?|"
          # trades often struck at sea or in the fields: "three seafarers", "two shepherds and a farmer"
          r"sailors?|seafarers?|fishermen|fisherman|shepherds?|farmers?|herders?|labou?rers?|volunteers?|"
          r"russians?|ukrainians?|"
          # the young, often named apart: "twelve children and teenagers were killed"
          r"teenagers?|teens|boys?|girls?|pupils?|students?|infants?|toddlers?|"
          # trades often named in a list of victims: "two paramedics, a nurse and a driver were wounded"
          r"reporters?|journalists?|paramedics?|rescuers?|medics?|nurses?|doctors?|firefighters?|photographers?|"
          r"cameram[ae]n|bystanders?|passers-by|passersby|attackers?|assailants?|gunm[ae]n|"
          # relatives (plural: one is a kin of a victim told before) and trades: "two brothers", "three teachers", "two peacekeepers"
          r"brothers|sisters|cousins|relatives|grandchildren|teachers?|"
          r"peacekeepers?|worshippers?|mourners?|shoppers?|vendors?|traders?|engineers?|technicians?|patients?|"
          r"inmates?|prisoners?|detainees?|refugees?|pilgrims?|guests?|"
          # "at least 18 of them were killed": the group told before
          r"of them|of whom)",
    "fr": r"(?:personnes?|civils?|soldats?|militaires?|entrepreneurs?|sous-traitants?|contractants?|employés?|"
          r"ouvriers?|miliciens?|combattants?|membres?|enfants?|femmes?|hommes?|policiers?|gardes?|agents?|autres|"
          r"américaine?s?|britanniques?|français(?:es)?|kurdes?|irakiens?|irakiennes?|syriens?|ressortissants?|citoyens?|"
          r"chauffeurs?|conducteurs?|habitants?|gardiens?|passagers?|pilotes?|indiens?|indiennes?|pakistanais(?:es?)?|"
          r"afghans?|bangladais(?:es?)?|népalais(?:es?)?|philippins?|égyptiens?|soudanais(?:es?)?|turcs?|émiratis?|"
          r"palestiniens?|libanais(?:es?)?|iraniens?|israéliens?|touristes?|étrangers?|migrants?|vacanciers?|"
          # nationals of the region and trades often struck: "deux Saoudiens et trois étrangers", "trois marins"
          r"saoudiens?|saoudiennes?|yéménites?|jordaniens?|jordaniennes?|qataris?|koweïtiens?|bahreïnis?|omanais(?:es?)?|"
          r"russes?|ukrainiens?|marins?|matelots?|pêcheurs?|bergers?|agriculteurs?|paysans?|commerçants?|volontaires?|"
          # "deux secouristes, un ambulancier et un journaliste ont été blessés"
          r"journalistes?|secouristes?|ambulanci(?:er|ère)s?|infirmi(?:er|ère)s?|médecins?|pompiers?|photographes?|reporters?|"
          r"passants?|assaillants?|gendarmes?|"
          r"adolescente?s?|garçons?|fillettes?|élèves|étudiante?s?|nourrissons?|"
          # "au moins 18 d'entre eux ont péri": the group told before
          r"d['’]entre (?:eux|elles)|"
          # feminine forms: "une soldate de 20 ans", "deux policières"
          r"soldates?|policières?|combattantes?|employées?|ouvrières?|habitantes?|passagères?|conductrices?|civiles|"
          # relatives and trades named in a toll: "deux frères et leur cousin", "deux enseignants", "trois casques bleus"
          r"frères|sœurs|soeurs|cousins|cousines|proches|petits-enfants|enseignante?s?|"
          r"professeurs?|instituteurs?|institutrices?|casques bleus|fidèles|vendeurs?|techniciens?|ingénieurs?|"
          r"patients?|détenus?|prisonniers?|réfugiés?|déplacés|pèlerins?|invités?|éleveurs?)",
    "ar": r"(?:أشخاص|شخص|مدنيين|مدنيا|جنود|جندي|عناصر|عنصر|مقاتلين|متعاقد|متعاقدين)",
}

# Claims and accusations.
UNCLAIMED = {
    "en": r"\b(?:not (?:been )?(?:immediately )?claimed|no (?:group|one) (?:has |immediately )?claimed|unclaimed|"
          r"nobody (?:has )?claimed|no claim of responsibility|there was no (?:immediate )?claim)\b",
    "fr": r"\b(?:aucun groupe n.a revendiqué|n.a (?:pas )?(?:encore )?été revendiqué|non revendiqué|"
          r"pas (?:encore )?été revendiqué|personne n.a revendiqué|n.ont pas été (?:immédiatement )?revendiqué)",
    "ar": r"(?:لم تتبن|لم تعلن أي جهة|لم يتبن)",
}
CLAIMED = {
    "en": r"\b(?:claimed(?: responsibility)?|took responsibility|claim(?:ed)? of responsibility)\b",
    "fr": r"\b(?:revendiqu(?:é|ée|és|ées|e|ent|ant|ait|aient))\b",
    # "تبنته جماعة X" (claimed by group X), "أعلنت جماعة X مسؤوليتها" (with or without "عن ...")
    "ar": r"(?:تبنتها|تبنته|تبناها|تبناه|تبنّته|تبنّاه|تبنت|تبنى|تبنّت|أعلن\S*(?:\s+\S+){0,8}?\s+(?:مسؤوليتها|مسؤوليته|مسؤوليتهم|المسؤولية)"
          r"(?!\S))",
}
CLAIM_NAME_INTRO = {
    "en": r"\b(?:called|named|known as|calling itself)\s+$",
    "fr": r"\b(?:appelée?|nommée?|dite?|baptisée?|se faisant appeler)\s+$",
    "ar": r"(?:تدعى|تسمى|المعروفة باسم)\s*$",
}
# the deed a French verb of attribution names before its "à": "l'attaque contre la base d'Aïn al-Assad", "les tirs de
# mardi sur Erbil" (its noun, then a few words of target or day)
IMPUTED_DEED = (r"(?:l['’]\s*|la\s+|les\s+|cette\s+|ces\s+|cet\s+)(?:attaques?|attentats?|frappes?|tirs|assauts?|embuscades?|"
                 r"bombardements?)\s+(?:[\w'’-]+\s+){0,8}?(?:à|au|aux)(?![^,.;]*\s(?:à|au|aux)\s)")
# (the last "à" of the clause: "l'attentat contre le convoi à Gao au JNIM" is the convoy's place, then the accused)
BLAMED = {
    "en": r"\b(?:blam(?:es?|ed|ing)(?: (?:it|(?:the|such|similar|these|those|previous|recent) (?:[\w-]+ )?(?:attack|strike|"
          r"assault|bombing)s?))?(?: on)?|points?(?: the finger)? at|point(?:s|ed) the finger to|"
          r"pointed (?:the finger )?at|accuse[sd]?|accusing|attributed (?:it |the (?:attack|strike)s? )?to|"
          r"suspected|holds? responsible)\s+",
    # (the attack imputed or attributed may be told with its target in between: "Washington a imputé l'attaque
    # contre la base d'Aïn al-Assad à des milices"; the passive participle agrees with its subject: "L'armée
    # israélienne a été accusée d'avoir bombardé", "Les shebab ont été accusés d'avoir mené")
    "fr": r"\b(?:l.œuvre de|l.oeuvre de|attribu(?:é|ée|ées|és|ait|e|ent)\s+(?:(?:à|au|aux)|" + IMPUTED_DEED + r")|"
          r"imput(?:ée?s?|ait|aient)\s+(?:" + IMPUTED_DEED + r"|(?:[\w'’-]+\s+){0,3}?(?:à|au|aux))|impute(?:nt)?\s+(?:[\w'’-]+\s+){0,5}?(?:à|au|aux)|accuse(?:nt)?|accusée?s?|soupçonn\w+|désigne(?:nt)?|pointe(?:nt)? du doigt)\s+",
    "ar": r"(?:اتهمت|تتهم|حملت|يتهم)\s+",
}

# Who reported a figure: "according to the Pentagon", "selon l'OSDH".
ACCORDING = {
    "en": r"\b(?i:according to|per|citing|said)\s+(?P<who>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:for|of|the|[A-Z][\w'’.-]*|\([A-Z]+\)|[a-z]+(?=[,.;]|$)))*)",
    "fr": r"\b(?i:selon|d'après|d’après|a indiqué|a déclaré|ont déclaré)\s+(?P<who>(?:l'|l’|le |la |les )?[A-Z][\w'’.-]*"
          r"(?:\s+(?:pour|de|des|du|la|[A-Z][\w'’.-]*|\([A-Z]+\)|[a-zéèêàâîôûç]+(?=[,.;]|$)))*)",
    "ar": r"(?:بحسب|وفق|حسب|قال|أفاد)\s+(?P<who>\S+(?:\s+\S+)?)",
}

# States whose missiles reach their targets from aircraft: "Israeli missiles targeted positions", "an American
# missile strike", "les États-Unis ont tiré des missiles".  Their missile attacks are airstrikes (ACLED's air
# strike), unless the missiles are ballistic (ground-launched, as Iran's and the Houthis' are).
# (Russia is none: its missiles on Ukraine fly from launchers on the ground and ships (Iskander, Kalibr) as often as
# from bombers standing far off, and "Russian missiles hit an energy facility in Kharkiv" is a missile attack; its
# warplanes, when they fire, are named, and the aircraft make the airstrike)
AIR_POWERS = (r"\b(?:Israel|Israeli|Israël|israélien(?:ne)?s?|Tsahal|U\.S\.|US|American|United States|"
              r"États-Unis|Etats-Unis|américain(?:e)?s?|coalition|Turkey|Turkish|Turquie|turque?s?)\b")
# Aircraft: missiles or rockets they carry make an airstrike, whoever flies them.
# (a "suicide bomber" is a man with a charge on the ground, no aircraft: "a suicide bomber attacked a convoy")
AIRCRAFT = (r"\b(?:warplanes?|fighter jets?|jets|(?<!suicide )bombers?|(?<!unmanned )aircraft|helicopters?|(?:aerial|air) aggression|"
            r"avions? (?:de chasse|de combat|de guerre|militaires?)|chasseurs?|bombardiers?|hélicoptères?|agression aérienne|"
            # « des avions israéliens ont frappé X », « un avion a bombardé X »: the noun after its article (bare, "avions"
            # is also the verb, « nous avions »), not an airliner nor a civil craft
            # (or after a possessive or demonstrative: « ses avions ont frappé X », « leurs avions », « ces avions »)
            r"(?:(?<=des\s)|(?<=les\s)|(?<=un\s)|(?<=l['’])|(?<=ses\s)|(?<=leurs\s)|(?<=ces\s)|(?<=nos\s))avions?(?!\s+(?:de\s+(?:ligne|transport|tourisme|passagers|"
            r"la\s+compagnie)|civils?|commerciaux|commercial|cargos?|privés?|d['’])|-)|"
            r"aviation)\b")
BALLISTIC = r"\b(?:ballisti\w*|balisti\w*|cruise|croisière)\b"

# Attacking states and forces named as the subject of an airstrike.
# (the attack told by its side's adjective is that side's too: "a Russian air strike", "an Israeli strike", "the Israeli
# aggression on X")
_STRIKE_NOUNS = r"air\s?strikes?|air raids?|strikes?|raids?|aggression|bombardment|bombing|shelling"  # alternatives
STATE_ACTORS = [
    (r"\b(?:the )?(?:United States|U\.S\.|US|American (?:military|forces|army|aircraft|jets?|warplanes?|" + _STRIKE_NOUNS
     + r")|Pentagon|l'armée américaine|les États-Unis|Washington|armée américaine)\b", "United States"),
    (r"\b(?:Israel|Israeli (?:military|army|aircraft|jets?|warplanes?|" + _STRIKE_NOUNS
     + r")|l'armée israélienne|Tsahal)\b", "Israel"),
    (r"\b(?:Turkey|Turkish (?:military|army|aircraft|jets?|warplanes?|drones?|" + _STRIKE_NOUNS
     + r")|l'armée turque|la Turquie)\b", "Turkey"),
    (r"\b(?:[Tt]he coalition|[Cc]oalition (?:aircraft|jets?|warplanes?|planes?)|la coalition)\b", "US-led coalition"),
    (r"\b(?:Russia|Russian (?:military|aircraft|jets?|warplanes?|" + _STRIKE_NOUNS
     + r")|l'armée russe|la Russie)\b", "Russia"),
    (r"\b(?:Iran|the IRGC|Revolutionary Guards?|Gardiens de la Révolution)\b", "Iran"),
]

# The same states named in Arabic (as the subject of a claim: "أعلنت الولايات المتحدة مسؤوليتها").
STATE_ACTORS_AR = [
    (r"الولايات المتحدة|واشنطن|الجيش الأمريكي|الجيش الأميركي|البنتاغون|القيادة المركزية الأمريكية|القيادة المركزية الأميركية",
     "United States"),
    (r"إسرائيل|الجيش الإسرائيلي", "Israel"),
    (r"تركيا|الجيش التركي", "Turkey"),
    (r"روسيا|الجيش الروسي", "Russia"),
]

# Countries a document talks about: the country focus for ranking namesakes.
COUNTRY_WORDS = {
    "IQ": r"\b(?:iraq|iraqi|irak|irakien(?:ne)?s?|kurdistan)\b|العراق|عراقي",
    "SY": r"\b(?:syria|syrian|syrie|syrien(?:ne)?s?)\b|سوريا|سورية",
    "IR": r"\b(?:iran|iranian|iranien(?:ne)?s?)\b|إيران",
    "JO": r"\b(?:jordan|jordanian|jordanie|jordanien(?:ne)?s?)\b|الأردن",
    "LB": r"\b(?:lebanon|lebanese|liban|libanais(?:e)?s?)\b|لبنان",
    "IL": r"\b(?:israel|israeli|israël|israélien(?:ne)?s?)\b|إسرائيل",
    "YE": r"\b(?:yemen|yemeni|yémen|yéménite)\b|اليمن",
    "SA": r"\b(?:saudi|arabie saoudite)\b|السعودية",
    "TR": r"\b(?:turkey|turkish|turquie|turc)\b|تركيا",
    "SO": r"\b(?:somalia|somali|somalie)\b|الصومال",
    # ("a drone attack on Kherson killed two civilians, Ukrainian officials said": a war the wires cover daily, whose
    # towns of under 100,000 are otherwise set aside as small places abroad)
    # (the Arabic adjective too, as "ukrainian": "مدينة أوديسا الأوكرانية", "العاصمة الأوكرانية كييف"; its stem also
    # begins the country's name)
    "UA": r"\b(?:ukraine|ukrainian|ukrainien(?:ne)?s?)\b|أوكراني|اوكراني",
    # the Sahel's wars, which French copy covers daily ("une attaque contre un poste militaire à Djibo, dans le nord du
    # Burkina Faso", "des soldats nigériens tués près de Tillabéri"): their towns of under 100,000 are otherwise set
    # aside as small places abroad.  (Not Nigeria: "nigeria" begins with "niger", and the one scan of every country's
    # words needs no word of one country to begin with another's; its towns in the news are mostly large.)
    # (no Arabic word for Mali: "مالي" is also "financial", "دعم مالي")
    # (and the capital, the wires' name for the government: "Bamako accuse les rebelles d'avoir attaqué le camp de
    # Léré", "Niamey a annoncé", "la junte de Ouagadougou")
    "ML": r"\b(?:mali|malien(?:ne)?s?|bamako)\b",
    "BF": r"\b(?:burkina|burkinabè|burkinabé|burkinabe|ouagadougou)\b|بوركينا",
    "NE": r"\b(?:niger|nigérien(?:ne)?s?|niamey)\b|النيجر",
    # (the Arabic adjective's feminine and plural only: "السوداني" alone is also the name of an Iraqi prime minister, and
    # "السودان" is inside it)
    "SD": r"\b(?:sudan|sudanese|soudan|soudanais(?:e)?s?)\b|السودانية|السودانيين",
    "TD": r"\b(?:tchad|tchadien(?:ne)?s?)\b|تشاد",
    # the wars on Pakistan's frontier and in Afghanistan and Libya ("militants attacked a police post in Lakki Marwat in
    # northwestern Pakistan", "une frappe de drone près de Tarhouna, en Libye"): their towns of under 100,000 are
    # otherwise set aside as small places abroad
    "PK": r"\b(?:pakistan|pakistani|pakistanais(?:e)?s?)\b|باكستان",
    "AF": r"\b(?:afghanistan|afghan|afghans|afghane?s?)\b|أفغانستان|افغانستان",
    "LY": r"\b(?:libya|libyan|libye|libyen(?:ne)?s?)\b|ليبيا",
    # the other side of that war, by the words that put a place inside Russia ("the Russian border town of
    # Shebekino", "the Russian city of Kursk"): not "Russia" or "Russian" alone, which Syrian and Iranian copy
    # names for an actor ("Russian warplanes"), never for where the blast was
    # (a place said to be "in Russia" is read by resolve._apposed_countries: an alternative opening on a short word
    # would cost document_focus its stem-anchored scan)
    "RU": r"\b(?:inside russia|russian border|russian city|russian cities|russian town|russian towns|russian village|"
          r"russian villages|russian region|russian regions|russian territory|russian soil|ville russe|villes russes|"
          r"région russe|territoire russe)\b",
}

# Arabic names of countries, for a place said to be in one ("كيدال في مالي", "قاعدة إنغلز الجوية في روسيا": see
# resolve._apposed_countries and arabic._closes_object).  Not a focus by themselves (COUNTRY_WORDS is): "مالي" is also
# "financial", Russia is named for an actor.  ("عمان" is left out: Amman, Jordan's capital, as often as Oman.)
# (the countries of the region and of the war in Ukraine, also read as countries by extract._COUNTRY_NAMES)
AR_COUNTRIES_OF_THE_REGION = {
    "العراق": "IQ", "سوريا": "SY", "سورية": "SY", "إيران": "IR", "ايران": "IR", "الأردن": "JO", "لبنان": "LB",
    "اليمن": "YE", "الإمارات": "AE", "السعودية": "SA", "الكويت": "KW", "قطر": "QA", "البحرين": "BH", "تركيا": "TR",
    "إسرائيل": "IL", "اسرائيل": "IL", "مصر": "EG", "روسيا": "RU", "أوكرانيا": "UA", "اوكرانيا": "UA",
}
COUNTRY_NAMES_AR = {
    **AR_COUNTRIES_OF_THE_REGION, "الاردن": "JO",
    "مالي": "ML", "النيجر": "NE", "بوركينا فاسو": "BF", "بوركينا": "BF", "تشاد": "TD", "السودان": "SD",
    "الصومال": "SO", "ليبيا": "LY", "نيجيريا": "NG", "موريتانيا": "MR", "الجزائر": "DZ", "باكستان": "PK",
    "أفغانستان": "AF", "افغانستان": "AF",
}

# Paragraphs that are captions or credits, not reporting.
CAPTION = r"\(illustration\)|\bphoto(?:_camera)?\b|\bfile photo\b|\bphoto d'archive\b|\b(?:AP|AFP|Reuters|Getty)\s*/|/\s*(?:AP|AFP|SIPA)\b"

# Facilities named by a description rather than a proper name: (pattern, canonical name, cue).
FACILITY_PHRASES = [
    (r"(?:the\s+)?(?:US|U\.S\.|American|United States)\s+embassy|l['’]ambassade\s+(?:des\s+États-Unis|américaine)|"
     r"السفارة الأمريكية|السفارة الأميركية", "US embassy", "embassy"),
    (r"(?:the\s+)?(?:US|U\.S\.|American|United States)\s+consulate|le\s+consulat\s+(?:des\s+États-Unis|américain)|"
     r"القنصلية الأمريكية|القنصلية الأميركية", "US consulate", "consulate"),
    (r"(?:the\s+)?(?:green zone|international zone)|(?:la\s+)?zone verte|المنطقة الخضراء", "Green Zone", "zone"),
    (r"(?:the\s+)?(?:[A-Z][\w'-]+\s+)?international airport|l['’]aéroport international(?:\s+d['’]|\s+de\s+)?", None, "airport"),
    # seas, named as one place in the three languages ("en mer Rouge" has no capitalised run of its own, "خليج عدن" is
    # no gazetteer name): an attack at sea is told there, its position (off a port) is read elsewhere
    (r"(?:la\s+)?mer\s+Rouge|البحر الأحمر", "Red Sea", "sea"),
    # ("the Gulf of Aden", "le golfe d'Aden": the gulf, never the port city its name ends on)
    (r"(?:the\s+)?Gulf\s+of\s+Aden|(?:le\s+)?golfe\s+d['’]\s*Aden|خليج عدن", "Gulf of Aden", "sea"),
    (r"(?:la\s+)?mer\s+d['’]\s*Arabie|بحر العرب", "Arabian Sea", "sea"),
]

# Capitalised common nouns of institutions and titles: never a place, whatever follows a preposition
# ("secrétaire d'État", "l'Armée syrienne libre", "the Interior Ministry").
NOT_PLACE_WORDS = {
    "état", "etat", "armée", "armee", "défense", "defense", "intérieur", "interieur", "justice", "marine", "garde",
    "gouvernement", "présidence", "parlement", "assemblée", "sénat", "ministère", "conseil", "coalition", "résistance",
    "révolution", "state", "army", "defence", "interior", "navy", "guard", "government", "presidency", "parliament",
    "senate", "ministry", "council", "resistance", "revolution", "command", "commandement", "forces", "police",
    "white house", "maison-blanche", "maison blanche", "kremlin",
    # monitors named with a capital: "l'Observatoire syrien des droits de l'Homme (OSDH)"
    "observatoire", "observatory", "homme", "osdh", "sohr", "ong", "ngo",
    # "l'armée idéologique de la République islamique": a state's name, not a place of the incident
    "république", "republique", "republic",
    # "les villages du Sud", "le Nord syrien": a country's part written with a capital, no place of its own
    "sud", "nord",
}

# Left context after which a place name is only context of the story, never where the incident happened:
# a seat ("an NGO based in Britain", "une ONG basée au Royaume-Uni") or the setting of a war or crisis
# ("the war in Gaza", "la guerre entre Israël et le Hamas dans la bande de Gaza").
CONTEXT_BEFORE = (
    r"\b(?:based|headquartered|basée?s?|établie?s?|installée?s?|domiciliée?s?)\s+(?:in|at|au|aux|en|à|dans)\s+"
    r"(?:the\s+|la\s+|le\s+|l['’]\s*)?$|"
    # a trip: "cutting short a visit to X", "en visite à X"
    r"\b(?:visit(?:ing)?|trip|tour|visite|voyage|tournée)\s+(?:to|in|à|au|aux|en)\s+(?:the\s+|la\s+|le\s+|l['’]\s*)?$|"
    # where a speaker stands: "the envoy, speaking in X, condemned ...", "en visite lundi à X", "lors d'une visite à X"
    r"\b(?:speaking|addressing\s+(?:reporters|journalists|a\s+news\s+conference))\s+(?:in|at|from)\s+(?:the\s+)?$|"
    r"\ben\s+visite\s+(?:[\w'’-]+\s+){1,3}?(?:à|au|aux|en)\s+(?:la\s+|le\s+|l['’]\s*)?$|"
    r"\b(?:war|conflict|crisis|tensions|guerre|conflit|crise)\s+(?:[\w'’-]+\s+){0,6}?(?:in|on|over|dans|à|en|sur)\s+"
    r"(?:the\s+|la\s+|le\s+|l['’]\s*)?(?:bande de\s+|strip of\s+)?$|"
    # a war named by its place: "la guerre de Gaza", "le conflit du Yémen" (the setting, not a place hit)
    r"\b(?:guerre|conflit|crise)\s+(?:de\s+|d['’]\s*|du\s+)(?:la\s+|l['’]\s*)?$|"
    # a diplomat's post: "recalled its ambassador from X", "l'ambassadeur en poste à X", "summoned the envoy to X"
    r"\b(?:ambassadors?|envoys?|chargés?\s+d['’]affaires|ambassadeurs?|ambassadrices?|émissaires?)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:from|to|in|at|à|au|aux|en|auprès\s+d[eu]s?)\s+(?:the\s+|la\s+|le\s+|l['’]\s*)?$|"
    # whom a source spoke to: "a security source told Al-Mayadeen", "indique à L'Orient-Le Jour" (an outlet, no place)
    r"\b(?:told|(?:said|spoke|speaking|talking)\s+to)\s+(?:the\s+)?$|"
    r"\b(?:indiqu\w*|déclar\w*|confi\w*|affirm\w*|précis\w*|expliqu\w*|racont\w*|rapport\w*|dit|dire|assur\w*)"
    r"\s+(?:à|au|aux)\s+(?:la\s+|le\s+|l['’]\s*)?$|"
    # a motive: "in solidarity with the people of X", "en soutien aux habitants de X" (a cause, not a place hit)
    r"\b(?:in\s+(?:solidarity|support)\s+(?:with|of|for)|en\s+(?:soutien|solidarité)\s+(?:avec|à|au|aux|envers))\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:(?:in|of|de|du|des|en|à|dans)\s+)?(?:the\s+|la\s+|le\s+|l['’]\s*)?$|"
    # a campaign over a period: "weeks of drone fire at shipping in X", "des mois de frappes sur X" (no one attack)
    r"\b(?:weeks|months|years|semaines|mois|années)\s+(?:of\s+|de\s+|d['’]\s*)(?:[\w'’-]+\s+){0,8}?"
    r"(?:in|on|at|against|across|over|dans|sur|contre|en|à|au|aux)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’]\s*)?$|"
    # a country's sky crossed: "l'espace aérien de X", "the airspace of X" (the route, not a place hit)
    r"\b(?:airspace\s+(?:of|over)|espace\s+aérien\s+(?:de|du|des|d['’]))\s*(?:the\s+|la\s+|le\s+|l['’]\s*)?$"
)

# A name whose head word is an institution ("the Kurdistan Region Security Council said", "le Conseil de sécurité",
# "US Central Command"): a body that speaks or acts, never a place hit.  English heads come last, French first.
INSTITUTION_HEADS = (
    r"(?:^|\s)(?:Council|Committee|Commission|Agency|Command|Ministry|Observatory|Organi[sz]ation|Nations|Court|"
    r"Tribunal|Authority|Directorate|Secretariat|Cell|League|Union)$|"
    r"^(?:Conseil|Comité|Commission|Agence|Commandement|Ministère|Observatoire|Organisation|Cour|Tribunal|Autorité|"
    r"Direction|Cellule)\b"
)

# Words that say several sites were hit ("two military bases", "deux installations", "both sites"):
# targets joined by "and"/"et" in such a clause are separate sites.
SITES_PLURAL = {
    "en": r"\b(?:two|three|four|five|six|seven|eight|nine|ten|a dozen|both|several|\d+)\s+(?:[\w-]+\s+){0,3}?"
          r"(?:bases|sites|facilities|installations|airports|camps|fields|oilfields|positions|targets|locations|compounds|"
          r"depots|warehouses)\b|\bboth\b",
    "fr": r"\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|\d+)\s+(?:[\w-]+\s+){0,3}?(?:bases|sites|"
          r"installations|aéroports|camps|champs|positions|cibles|emplacements|complexes|dépôts|entrepôts)\b|\bles deux\b",
    "ar": r"(?:قاعدتين|قاعدتان|موقعين|موقعان|منشأتين|منشأتان)",
}

# Phrases after which a clause tells another, earlier happening ("came hours after ... buried X in Kerman,
# where a stampede killed 56"): the rest of the clause is background.
BACKGROUND_AFTER = {
    "en": r"\b(?:(?:hours|days|weeks|months|an hour|a day|a week|a month)\s+(?:after|before)|"
          # "... in retaliation for the drone attack that killed three soldiers": the motive, an earlier attack
          r"(?:in |as (?:a )?)(?:retaliation|response|revenge|reprisal)\s+(?:for|to)\s+(?:the |an? |last \w+'s )?"
          r"(?:[\w.'’-]+\s+){0,5}?(?:attacks?|strikes?|airstrikes?|shelling|fire|barrages?|salvos?|"
          # ("in response to an Israeli airstrike on X", "in retaliation for rocket fire from the enclave": the
          # strike or the fire answered, whatever its weapon)
          r"ambush(?:es)?|killings?|deaths?|bombings?|blasts?|explosions?|bombardments?|offensive|war)|"
          # "Iran had vowed revenge after two officers were killed in a strike": a promise's motive, an earlier attack
          r"(?:vow|promis|pledg|threaten|swor|swear)\w*\s+(?:to\s+)?(?:take\s+|exact\s+)?(?:revenge|retaliat\w*|avenge|"
          r"vengeance|reprisals?)(?:\s+(?:for|after|over))?|"
          # "strikes on militants behind a bombing in X": whoever did an earlier attack, named to explain this one
          r"(?:militants|fighters|groups?|those|men|gunmen|perpetrators|cells?|networks?|terrorists|people)\s+"
          r"(?:(?:allegedly|reportedly|believed to be|thought to be|who were|said to be)\s+)?behind\s+"
          r"(?:the |an? |last \w+'s )?(?:[\w.'’-]+\s+){0,3}?(?:attacks?|bombings?|blasts?|explosions?|strikes?|massacre))\b"
          r"(?!\s+(?:midnight|dawn|dusk|noon|sunrise|sunset|nightfall|the (?:attack|strike)s?\b|\d))",
    # ("une semaine après", "un jour après": the gap in the singular)
    "fr": r"\b(?:(?:(?:quelques |deux |trois )?(?:heures|jours|semaines|mois)|une heure|un jour|une semaine|un mois)"
          r"\s+(?:après|avant)|au lendemain (?:de|du|des)|"
          # "présenté ces frappes comme une riposte à l'attaque du 15 février contre X": the motive, an earlier attack
          r"(?:une |en )?(?:riposte|représailles|réponse|vengeance)\s+(?:à|aux?|après)\s+(?:l['’]|la |les |des |une? )?"
          # ("en représailles aux récents assassinats de commandants et à l'attentat de X": a killing answered too)
          r"(?:[\w'’-]+\s+){0,2}?(?:attaques?|attentats?|frappes?|tirs?|roquettes?|missiles?|"
          r"drones?|embuscades?|meurtres?|mort|explosions?|bombardements?|assassinats?)|"
          # "l'Iran a promis de se venger après la mort de deux officiers dans une frappe": the motive, earlier
          r"(?:promis|juré|menacé|promet|jure|menace|promettant|jurant|menaçant)\s+(?:de\s+)?(?:se\s+)?(?:venger|"
          r"représailles|riposter|vengeance)(?:\s+(?:après|pour|à))?|"
          # "visant les auteurs de l'attentat de X": whoever did an earlier attack, named to explain this one
          r"(?:les |des )?(?:auteurs|commanditaires|instigateurs)\s+(?:présumés\s+)?(?:de\s+l['’]|de\s+la\s+|"
          r"des\s+|du\s+|d['’])\s*(?:une?\s+)?(?:attentats?|attaques?|explosions?|massacre|frappes?))\b"
          r"(?!\s+(?:minuit|l['’]aube|midi|le lever|la tombée|l['’]attaque|la frappe|\d))",
    "ar": r"(?:بعد ساعات من|بعد أيام من|قبل ساعات من)"
          # "in retaliation for the attack that ...": the words after it tell an earlier attack
          r"|،?\s*(?:رد(?:اً|ًا|ا)|انتقام(?:اً|ًا|ا)|ثأر(?:اً|ًا|ا))\s+(?:على|ل)\S*\s+(?:\S+\s+)?"
          r"(?:الهجوم|هجوم|مقتل|الضربة|ضربة|استهداف|الهجمات|هجمات)"
          # "وقال البيان إن العملية جاءت ردا على الغارة على بلدة X": the raid or the aggression answered is the
          # motive too (the other side's earlier attack), history when the sentence gives it no day (with one,
          # "ردا على اغتيال ... في إشارة إلى غارتين نفذتا يوم الثلاثاء", it is an incident told, not cut)
          r"|(?<![\u0621-\u064A])(?:رد(?:اً|ًا|ا)|انتقام(?:اً|ًا|ا)|ثأر(?:اً|ًا|ا))\s+(?:على|ل)\S*\s+(?:\S+\s+)?"
          r"(?:الغارة|غارة|الغارات|غارات|القصف|قصف|الاعتداء|اعتداء|الاعتداءات|اعتداءات|العدوان|عدوان)"
          r"(?![\u0621-\u064A])(?![^.؟!]*?(?<![\u0621-\u064A])(?:أمس|امس|يوم|اليوم|الليلة|ليلة|فجر|صباح|مساء|ظهر|"
          r"الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|\d))",
}

# A news agency's credit line ("(Reporting by A in X; Editing by B)", "(avec AFP)"): names where reporters sat,
# not where anything happened.
CREDIT_LINE = (r"^\W*(?:(?:additional |further )?reporting|writing|editing|compiled|edited|reported) by\b|"
               r"^\W*(?:avec|with) (?:AFP|Reuters|AP|agences)\W*$|^\W*(?:édité|rédigé|écrit) par\b")

# A sentence that sets the incident told in its context ("This comes amid ...", "Cette attaque intervient alors
# que ...", "وتأتي هذه التطورات في ظل ..."): what it tells is background, every clause of it generic.
BACKGROUND_SENTENCE = (
    # "It was the second strike near Tyre this week", "This was the third attack on the base in a week": the rank of
    # the incident just told in a series, told after it (not "It was the second attack ..., which hit X on Saturday")
    r"^\W*(?:it|this|that)\s+(?:was|is|marks|marked)\s+(?:the|its)\s+(?:second|third|fourth|fifth|sixth|seventh|latest|"
    r"\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|raids?|(?:air|drone|rocket|missile)\s+(?:strikes?|attacks?))"
    r"\b(?=[^,;]*[.!?]?\s*$)"
    r"|^\W*(?:(?:this|that|it|the (?:latest |new |fresh )?[\w-]+)\s+(?:comes?|came)\s+(?:just\s+|only\s+)?"
    r"(?:amid|as|while|at a time|against (?:a|the) backdrop|in the wake|(?:\w+\s+){0,3}?(?:hours?|days?|weeks?|months?)"
    r"\s+(?:after|before|since))\b"
    r"|(?:cette|cet|ce|ces|l['’]|la|le|les)\s*[\w-]+(?:\s+[\w-]+)?\s+(?:intervien(?:nen)?t|survien(?:nen)?t|s['’]inscrit|"
    # (the compound past too: "Cette opération est intervenue moins d'une semaine après ...")
    r"s['’]inscrivent|(?:est|sont)\s+(?:intervenue?s?|survenue?s?))\s+(?:alors que|au moment où|dans un contexte|sur fond|"
    r"en pleine|(?:[\w'’]+\s+){0,3}?"
    r"(?:heures?|jours?|semaines?|mois)\s+(?:après|avant))"
    r"|و?(?:يأتي|تأتي)\s+(?:ذلك|هذا|هذه|ال\S+)(?:\s+\S+){0,3}?\s+(?:في ظل|بعد|وسط|في وقت|عقب|قبل|مع|تزامنا)"
    # "وتتزامن هذه التطورات مع ...", "ويتزامن ذلك مع ...", "وتترافق هذه الهجمات مع ...": the setting, not the incident
    r"|و?(?:يتزامن|تتزامن|تزامن|تزامنت|يترافق|تترافق|ترافق|ترافقت)\s+(?:ذلك|هذا|هذه|ال\S+)(?:\s+\S+){0,3}?\s+مع"
    # "ومنذ الثامن من أكتوبر الماضي، يتبادل ...", "ومنذ بدء الحرب، ...": a sentence opened by the start of a past
    # period tells a tally of that period ("since this morning" is the news, so the period must end on a past word)
    r"|و?منذ\s+(?:(?:بد[ءا]ية?|بدء|اندلاع|انطلاق)\s+[^،.]{0,50}|[^،.]{0,50}?(?:الماضي|الماضية|\d{4}))\s*،)"
)

# A claimant's own account of an attack ("the Houthis claimed they hit X with four drones", "a affirmé avoir
# visé X", "زعم أن قواته استهدفت X"): its figures are the claimant's, its place one the report has told.
CLAIMANT_ACCOUNT = (
    r"\b(?:claim(?:s|ed)?|alleg(?:es|ed)|boast(?:s|ed))\b(?!\s+(?:of\s+)?responsibility)"
    r"|\b(?:a|ont|avait|avaient)\s+(?:affirmé|assuré|prétendu|revendiqué)\s+avoir\b|\b(?:affirme|prétend)(?:nt)?\s+avoir\b"
    # "a en revanche assuré sur Twitter que les rebelles avaient visé": the claim told in reported speech
    r"|\b(?:a|ont)\s+(?:[\w-]+\s+){0,2}?(?:affirmé|assuré|prétendu)\b[^.;«\"]{0,40}?\squ(?:e\s|['’])[^.;]{0,60}?"
    r"\b(?:avait|avaient|auraient|aurait)\s+(?:visé|frappé|touché|ciblé|atteint)"
    r"|(?:زعم|ادعى|ادّعى|يزعم|يدعي|زاعما|زاعماً|مدعيا|مدعياً)"
)

# Adverbs of severity between a casualty verb's auxiliary and its participle ("ont été légèrement blessés").
SEVERITY = r"(?:légèrement|grièvement|gravement|mortellement|sérieusement|slightly|lightly|seriously|critically|badly|severely|" \
           r"fatally|mortally)"

# A clause that revises a toll ("the death toll has risen to 14", "le bilan s'est alourdi à 12 morts"):
# its killed/injured figures supersede the earlier ones of the incident (qualifier "revised").
TOLL_UPDATE = {
    "en": r"\btoll\s+(?:from|of|in)\s[^.;]{0,110}?\s(?:has |had |have )?(?:now |since |later |further )?"
          r"(?:risen|rose|climbed|increased|jumped|grown|grew)\b|"
          # "revised the death toll from the strike on X down to seven", "the toll ... was revised to", "fell to":
          # a toll corrected, downward too
          r"\b(?:revised|revising|lowered|corrected|cut)\s+(?:the\s+)?(?:death\s+|casualty\s+)?toll\b[^.;]{0,110}?\bto\b|"
          r"\btoll\b[^.;]{0,110}?\s(?:(?:has |had |have |was |been )?(?:revised|lowered|corrected)(?:\s+(?:down|downwards?|up|upwards?))?|"
          r"(?:has |had |have )?(?:fallen|fell|dropped|decreased))\s+to\b|"
          r"\b(?:(?:death |casualty |human )?toll|(?:the )?number of (?:dead|deaths|people killed|fatalities|"
          r"victims|casualties|injured|wounded))\s+(?:has |had |have )?(?:now |since |later |further |then )?"
          r"(?:risen|rose|climbed|increased|jumped|grown|grew|reached|stood at|stands at|went up|gone up)\b"
          r"|\b(?:bringing|raising|taking|pushing|lifting)\s+(?:the\s+)?(?:overall |total |death |casualty )*"
          r"(?:toll|number of (?:dead|deaths|injured|wounded|victims|casualties))\s+to\b"
          # "according to an updated toll", "the toll is now 14", "officials now put the death toll at"
          r"|\b(?:according\s+to|under|in)\s+(?:an?|the)\s+(?:new|updated|revised|latest)\s+(?:death\s+|casualty\s+)?toll\b"
          r"|\b(?:death\s+|casualty\s+)?toll\s+(?:is|was)\s+now\b|\bnow\s+(?:puts?|gives?)\s+the\s+(?:death\s+)?toll\b",
    "fr": r"\bbilan\s+(?:humain\s+|provisoire\s+|officiel\s+|global\s+)?(?:s['’]est\s+(?:encore\s+|depuis\s+|désormais\s+|ensuite\s+)?(?:alourdi|aggravé|élevé)|"
          # ("le bilan a ensuite été porté à 133 morts", "a depuis été revu": the adverb inside the compound tense)
          r"(?:est|était|a(?:\s+(?:ensuite|depuis|désormais|encore|finalement|rapidement|alors))?\s+été)\s+"
          r"(?:désormais\s+|depuis\s+|ensuite\s+|encore\s+|finalement\s+)?(?:passé|monté|porté|revu)|"
          r"a\s+(?:encore\s+|depuis\s+|ensuite\s+)?(?:grimpé|augmenté|atteint)|"
          r"(?:s['’]alourdit|passe|grimpe|atteint|monte))\b"
          r"|\b(?:portant|porte|alourdissant)\s+(?:le|à)\s+(?:bilan|nombre)\b"
          # "le bilan des tirs qui ont frappé mercredi le site s'est alourdi à neuf morts": a toll named with its
          # incident; only forms with an auxiliary, which a relative clause about the strike does not take
          r"|\bbilan\s+(?:de|des|du|d['’])\s*[^.;]{0,110}?\s(?:s['’]est\s+(?:encore\s+|depuis\s+|désormais\s+)?"
          r"(?:alourdi|aggravé|élevé)|a\s+(?:encore\s+|depuis\s+)?(?:grimpé|augmenté)|est\s+(?:désormais\s+)?(?:passé|monté)"
          # "Le bilan de Boukamal s'alourdit." (a sentence of its own: the place's toll follows)
          r"|s['’](?:alourdit|aggrave)(?=\s*[.;:!]))\b"
          # "L'OSDH fait désormais état de 14 morts", "selon un nouveau bilan", "Bilan alourdi :": the figure now
          # given, which replaces the first one whatever order a live report tells them in
          r"|\b(?:fait|font|faisait|faisaient)\s+désormais\s+état\b|\b(?:selon|d['’]après)\s+(?:un|le|ce)\s+(?:nouveau|dernier)\s+bilan\b"
          r"|\bbilan\s+(?:revu\s+à\s+la\s+hausse|alourdi)\b"
          # "70 civils ont été tués, un bilan porté ensuite à 133 morts": the participle of a revision, in apposition
          r"|\bbilan\s+(?:(?:ensuite|depuis|plus\s+tard|finalement)\s+)?(?:porté|revu|relevé)\s+"
          r"(?:(?:ensuite|depuis|plus\s+tard|finalement)\s+)?à\b",
}
# A first toll later superseded ("un premier bilan faisait état de huit morts", "an initial toll of three"):
# its figures are the incident's earlier count, never a lower best than the toll the article leads with.
EARLIER_TOLL = {
    "en": r"\b(?:an?|the|their|its)\s+(?:initial|earlier|previous|first)\s+(?:death\s+|casualty\s+)?toll\b|"
          r"\b(?:had\s+)?initially\s+(?:reported|said|put|gave|stated)\b",
    "fr": r"\b(?:un|le|ce)\s+(?:premier|précédent)\s+bilan\b|\bbilan\s+(?:initial|précédent|antérieur)\b|"
          r"\b(?:avait|avaient)\s+(?:d['’]abord|initialement)\s+(?:fait état|fait|annoncé|évoqué)\b",
    # "الحصيلة الأولية كانت مقتل جندي", "وفق حصيلة أولية", "في بادئ الأمر": a first toll a later one replaced
    "ar": r"(?:ال)?حصيلة\s+(?:ال)?(?:أولية|اولية|أولى|اولى|سابقة)|(?:في\s+)?(?:بادئ\s+الأمر|بادئ\s+الامر)",
}
# "the death toll has risen to 14": a bare number after a toll word counts the dead.
TOLL_NUMBER = {
    # ("the toll from the Israeli strike on Nuseirat had climbed to 33": the toll's incident may be told between)
    "en": r"\b(?:death |casualty )?toll\b[^.;,]{0,110}?\bto\s+",
    "fr": r"\bbilan\b[^.;,]{0,40}?\bà\s+",
}

# A ceremony, a court case or a visit that tells an attack only through the people it hit ("mourners in X on
# Tuesday buried fighters killed when a drone struck near Y on Sunday", "le ministre a rendu visite aux blessés de
# l'attaque de X"): the rite's own place and day are not the attack's (see extract._ceremony_frame).
CEREMONY = {
    "en": r"(?<!\w)(?:buried|bury|burying|burials?|funerals?|mourn(?:ers?|ed|ing)|laid\s+to\s+rest|vigils?|"
          r"memorial\s+(?:services?|prayers?|gatherings?|marche?s?)|commemorat\w+|ceremon(?:y|ies)|tributes?|"
          r"paid\s+(?:their\s+|his\s+|her\s+)?(?:last\s+)?respects|visit(?:ed|ing|s)?|bedside|trials?|verdicts?|"
          r"sentenced|convicted|acquitted|anniversary)(?!\w)",
    "fr": r"(?<!\w)(?:funérailles|obsèques|enterr\w+|inhum\w+|cortège|veillée|hommage|commémor\w+|cérémonie|"
          r"recueill\w+|rendu\s+visite|visit\w+|au\s+chevet|procès|verdict|tribunal|anniversaire)(?!\w)",
    # whole words only ("وزارة" holds "زار"): attached particles before, endings after
    "ar": r"(?<![\u0621-\u064A])[وف]?(?:بال|لل|ال|ب|ل)?(?:تشييع|جناز(?:ة|ات)|جنائز|مراسم|عزاء|دفن|ذكرى|زيارة|"
          r"محكمة|محاكمة)|(?<![\u0621-\u064A])[وف]?(?:شي\u0651?ع|يشي\u0651?ع|زار|دفن|يزور)(?:وا|ت|ون)?(?![\u0621-\u064A])",
}
# The people an attack hit, by which a ceremony sentence tells the attack ("killed when", "tués dans", "الذين قضوا").
CEREMONY_VICTIMS = {
    # ... or the act that hit them: "the anniversary of the killing, on 3 January, of ..."
    "en": r"(?<!\w)(?:killed|slain|wounded|injured|hurt|died|dead|lost\s+their\s+lives|victims?|casualties|martyrs?|"
          r"killings?|assassinations?|murders?|massacres?)(?!\w)",
    "fr": r"(?<!\w)(?:tuée?s?|morte?s?|blessée?s?|victimes?|périe?s?|décédée?s?|tombée?s?|trouvé\s+la\s+mort|martyrs?|"
          r"assassinats?|meurtres?|massacres?)(?!\w)",
    "ar": r"(?:قضوا|قضى|استشهد|قتلوا|قتلى|سقطوا|ضحايا|شهداء|جرحى|مصابي|المصابين|أصيبوا|اصيبوا|اغتيال|مقتل|مجزرة)",
}


# Areas wide enough to hold the towns a report names inside them, as an article writes them (lower case): a launch
# told as one of them is narrowed to the town named later ("fired from the north of the Gaza Strip ... from Beit
# Hanoun"), and in Arabic one holds a town that holds a quarter ("في حي X بمدينة Y وسط قطاع غزة").
WIDE_AREAS = frozenset({"gaza strip", "the gaza strip", "bande de gaza", "la bande de gaza", "قطاع غزة",
                        "west bank", "the west bank", "occupied west bank", "the occupied west bank", "cisjordanie",
                        "la cisjordanie", "cisjordanie occupée", "الضفة الغربية", "الضفة الغربية المحتلة"})
