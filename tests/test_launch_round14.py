"""Launch points, round 14: invented reports that name where the projectiles were fired from, read end to end.

Analysts record a launch point whenever the text names a place the projectiles left from ("fired from the
outskirts of X", "tirées depuis la localité de X", "انطلق من منطقة X"), a place a launcher was found in, or a
distance and bearing from a named place ("about 8 km east of X", "à une dizaine de kilomètres au nord de X",
"على بعد 12 كم جنوب X": the point is computed from X), wherever the passage tells it: in the attack sentence,
in a later one, in a claim, after the impact. They never record one for a bare direction, a country or the
attackers' home region. Places and wordings are of no development passage.
"""
from __future__ import annotations

import pytest

from factories import km as _km4

# (id, language, text, expected launch (lat, lon), tolerance km)
LAUNCHES = [
    # -- English ---------------------------------------------------------------------------------------------
    ("telkaif-en", "en", "Three rockets fired from the outskirts of Tel Kaif struck near a military camp in Bartella "
     "on Monday evening, police said.", (36.4912, 43.1211), 8),
    ("mahmudiya-en", "en", "Two Katyusha rockets hit an army checkpoint in Abu Ghraib late on Tuesday, wounding a "
     "soldier. The rockets were fired from farmland near Mahmudiya, a security official said.", (33.0622, 44.3656), 8),
    ("mahawil-en", "en", "A rocket slammed into a power station in Musayyib on Friday, causing a fire but no "
     "casualties. Security sources said the launch pad was found in an orchard on the edge of Mahawil.",
     (32.6614, 44.4085), 8),
    ("azaz-en", "en", "Two rockets struck near a hospital in Afrin on Saturday, killing a child. A launcher with two "
     "unfired rockets was found in a farm near Azaz, police said later.", (36.5866, 37.0463), 8),
    ("baiji-en", "en", "A little-known group claimed responsibility for Sunday's rocket attack on a base in Hamdaniya, "
     "saying its fighters had fired the four rockets from the outskirts of Baiji.", (34.9291, 43.4888), 10),
    ("bartella-en", "en", "Rockets struck a Peshmerga base at Hamdaniya on Wednesday night. They were launched from "
     "an area about 8 km east of Bartella, the Kurdish security council said.", (36.3537, 43.4707), 6),
    ("saraqib-en", "en", "Three mortar shells fired from a position some six kilometres west of Saraqib hit a "
     "market in the town on Thursday, a monitor said.", (35.8645, 36.7393), 5),
    ("talrifaat-en", "en", "Rockets hit Nubl on Wednesday evening, killing one person and wounding four. Hours "
     "later, the army said the rockets had been fired from Tal Rifaat.", (36.4723, 37.0947), 8),
    ("sarmada-en", "en", "Two rockets hit the town of Atarib on Thursday. They were fired from a dirt road near "
     "Sarmada, according to the monitor.", (36.1855, 36.7223), 8),
    ("beithanoun-en", "en", "A rocket fired from Beit Hanoun, in the northern Gaza Strip, landed in an open field "
     "near Ashkelon on Monday.", (31.5353, 34.5358), 6),
    ("kfarchouba-en", "en", "Two rockets launched from near the village of Kfarchouba landed in an open area near "
     "Zarit on Sunday, the army said.", (33.3278, 35.6925), 6),
    # -- French ----------------------------------------------------------------------------------------------
    ("jarabulus-fr", "fr", "Deux roquettes tirées depuis la localité de Jarabulus ont frappé mardi un marché de "
     "Manbij, faisant trois blessés.", (36.8175, 38.0111), 8),
    ("kfarhamam-fr", "fr", "Une roquette s'est abattue mercredi sur un entrepôt à Karmiel, sans faire de victimes. "
     "Selon l'armée, le projectile a été tiré depuis les abords du village de Kfar Hamam.", (33.3439, 35.6789), 6),
    ("anah-fr", "fr", "Deux roquettes sont tombées jeudi près de l'aéroport de Haditha. Une rampe de lancement "
     "artisanale a été retrouvée dans une ferme près d'Anah, selon la police.", (34.3686, 41.9819), 8),
    ("yabroud-fr", "fr", "Trois roquettes ont visé dimanche la base aérienne de Dumayr. Elles ont été tirées d'une "
     "zone située à une dizaine de kilomètres au nord de Yabroud, selon une source militaire.", (34.0591, 36.6573), 6),
    ("masyaf-fr", "fr", "Une roquette tirée depuis un verger situé à environ 5 km à l'est de Masyaf s'est abattue "
     "lundi sur la ville, blessant deux enfants.", (35.0653, 36.3955), 5),
    ("ishaqi-fr", "fr", "Un groupe peu connu a revendiqué l'attaque à la roquette contre une base militaire à Baiji, "
     "affirmant que ses combattants avaient tiré les projectiles depuis les environs d'Ishaqi.", (34.0476, 43.9870), 10),
    ("hasbaya-fr", "fr", "Le village de Ghajar a été touché mardi par deux roquettes, qui ont blessé un civil. "
     "L'armée israélienne a indiqué plus tard que les roquettes avaient été lancées depuis Hasbaya.",
     (33.3978, 35.6850), 6),
    ("khanyounis-fr", "fr", "Une roquette tirée depuis un quartier de Khan Younès est tombée lundi dans un champ près "
     "d'Ashkelon, sans faire de blessés.", (31.3402, 34.3063), 6),
    ("mhardeh-fr", "fr", "Deux roquettes ont frappé jeudi la ville de Salamiyah. Elles ont été tirées depuis une "
     "route près de Mhardeh, selon l'Observatoire.", (35.2479, 36.5725), 8),
    ("talbiseh-fr", "fr", "Des roquettes se sont abattues samedi sur Rastan. Les forces de sécurité ont découvert un "
     "lance-roquettes dans un champ à la périphérie de Talbiseh.", (34.8407, 36.7309), 6),
    ("zabadani-fr", "fr", "Un drone lancé depuis une zone située à 12 km au sud-ouest de Zabadani a frappé mercredi "
     "un camion près de Yabroud.", (33.6486, 36.0088), 6),
    # -- Arabic ----------------------------------------------------------------------------------------------
    ("khalis-ar", "ar", "سقطت ثلاثة صواريخ على مقر عسكري في ناحية كنعان مساء الاثنين، وقال مصدر أمني إنها انطلقت "
     "من أطراف بلدة الخالص.", (33.8081, 44.5334), 8),
    ("musayyib-ar", "ar", "أصاب صاروخ مخزنا في بلدة المحاويل يوم الجمعة. وأفادت مصادر أمنية بأن الصاروخ انطلق من "
     "منطقة بساتين قرب المسيب.", (32.7787, 44.2901), 8),
    ("sharqat-ar", "ar", "استهدفت أربعة صواريخ قاعدة عسكرية في بيجي فجر الأحد. وعثرت القوات الأمنية على منصة إطلاق "
     "فيها صاروخان لم ينطلقا في مزرعة قرب الشرقاط.", (35.5172, 43.2281), 10),
    ("rastan-ar", "ar", "سقط صاروخان على أطراف مدينة السلمية، وقال مصدر عسكري إنهما أطلقا من موقع على بعد 12 كم "
     "جنوب الرستن.", (34.8188, 36.7324), 6),
    ("tabqa-ar", "ar", "استهدفت طائرة مسيرة مطار الطبقة العسكري ليل السبت، وقال مصدر إنها انطلقت من منطقة تبعد نحو "
     "8 كيلومترات إلى الشرق من مدينة الطبقة.", (35.8376, 38.6371), 6),
    ("rashaya-ar", "ar", "سقطت ثلاثة صواريخ على مستوطنة زرعيت. وأعلنت مجموعة مسلحة مسؤوليتها عن الهجوم، وقالت إن "
     "مقاتليها أطلقوا الصواريخ من محيط بلدة راشيا.", (33.5009, 35.8437), 6),
    ("kafranbel-ar", "ar", "سقطت قذائف هاون أطلقت من أطراف بلدة كفرنبل على حي سكني في خان شيخون، ما أدى إلى إصابة "
     "ثلاثة مدنيين.", (35.6138, 36.5645), 6),
    ("malikiyah-ar", "ar", "سقط صاروخ على مدينة القحطانية صباح الأربعاء دون وقوع إصابات. وذكر مصدر محلي أن الصاروخ "
     "انطلق من منطقة المالكية.", (37.1770, 42.1401), 8),
    ("baladruz-ar", "ar", "سقطت ثلاث قذائف صاروخية على بلدة بني سعد، وقالت الشرطة إنها أطلقت من قرية زراعية قرب "
     "بلدروز.", (33.6963, 45.0778), 8),
    ("haditha-ar", "ar", "سقطت ثلاثة صواريخ قرب معسكر للجيش في عنه. وقالت مصادر أمنية إن منصة الإطلاق عثر عليها في "
     "بستان بأطراف مدينة حديثة.", (34.1366, 42.3773), 8),
    ("darbasiyah-ar", "ar", "استهدفت صواريخ نقطة عسكرية في تل تمر ليل الخميس، وأطلقت الصواريخ من طريق زراعي قرب "
     "بلدة الدرباسية.", (37.0728, 40.6520), 8),
]

# (id, language, text): an attack whose text names no place the projectiles left from
NO_LAUNCH = [
    ("lebanon-en", "en", "Three rockets fired from Lebanon hit the town of Karmiel on Friday, the army said."),
    ("east-en", "en", "A ballistic missile fired from the east struck a camp near Harad on Tuesday, the coalition said."),
    ("based-en", "en", "Rockets struck a police station in Khalis on Saturday. Officials blamed a militia based in "
     "Diyala province."),
    ("liban-fr", "fr", "Trois roquettes tirées depuis le Liban se sont abattues vendredi sur Hanita, selon l'armée "
     "israélienne."),
    ("ouest-fr", "fr", "Un missile tiré depuis l'ouest a touché mardi un camp près de Malikiyah, selon les forces "
     "kurdes."),
    ("basee-fr", "fr", "Des roquettes ont frappé dimanche la ville de Qahtaniyah. L'attaque a été attribuée à des "
     "combattants basés dans la province de Hassaké."),
    ("east-ar", "ar", "سقط صاروخ أطلق من جهة الشرق على معسكر قرب حرض."),
    ("lebanon-ar", "ar", "سقطت ثلاثة صواريخ أطلقت من الأراضي اللبنانية على بلدة كرميئيل شمال إسرائيل."),
    ("based-ar", "ar", "سقطت صواريخ على مدينة منبج، واتهمت قوات سوريا الديمقراطية فصائل تتمركز في ريف حلب الشمالي "
     "بالوقوف وراء الهجوم."),
]


from test_resolve_round14 import gaz, read  # noqa: E402,F401  (its skip-aware gazetteer fixture and article reader)

# Items still read wrong at the end of round 14, by cause (not strict: others' work may fix them).
STILL_WRONG = {
    # no event read at all: a distance phrase or a spot noun before the attack verb hides the attack
    "haditha-ar": "no event: 'سقطت ثلاثة صواريخ قرب معسكر للجيش في عنه' then the launcher sentence",
}


def _marked(items):
    return [pytest.param(b, id=b[0], marks=pytest.mark.xfail(reason=STILL_WRONG[b[0]], strict=False))
            if b[0] in STILL_WRONG else pytest.param(b, id=b[0]) for b in items]


@pytest.mark.parametrize("item", _marked(LAUNCHES))
def test_a_named_launch_place_is_put_on_the_map(item, gaz):
    _, language, text, point, tol = item
    events = read(text, language, gaz)
    assert events, "no event read"
    launched = [e.launch for e in events if e.launch is not None and e.launch.lat is not None]
    assert launched, "no launch point read"
    best = min(_km4(L.lat, L.lon, *point) for L in launched)
    assert best <= tol, f"launch {best:.0f} km off"


@pytest.mark.parametrize("item", NO_LAUNCH, ids=[b[0] for b in NO_LAUNCH])
def test_no_launch_point_without_a_named_place(item, gaz):
    _, language, text = item
    events = read(text, language, gaz)
    assert events, "no event read"
    pinned = [(e.launch.name, e.launch.lat, e.launch.lon) for e in events
              if e.launch is not None and e.launch.lat is not None and not e.launch.estimated]
    assert not pinned, f"a launch point was put on the map: {pinned}"
