"""One incident told twice in an article (issue #4, session 21, H-dup21).

Invented wire passages (3-6 sentences; English, French, Arabic; places, numbers and wordings of no
development set) that retell ONE incident the ways journalists do -- a definite anaphor with a new
detail, the lede then the body with a finer place, a quote, a closing summary -- and CONTROLS that tell
TWO true nearby incidents ("another rocket", "a second attack", "hours later", "separately", the same
base hit again the next day). The assertion is the list of places an analyst maps, read from
:func:`geo_events.pipeline.process`.

The folds these exercise (:mod:`geo_events.incident`): :func:`~geo_events.incident.object_retold` (the
attacked object or the weapon named again with a definite article: "a drone fired two missiles at the car
in X" after "a strike on a car in X"; "le drone a tiré"; "الطائرة المسيرة") and the region branch of
:func:`~geo_events.incident.named_again` ("the shelling in the southern X countryside", "القصف على ريف X"
after a town of that governorate). Most other retellings here were already joined before this session; they
stay as regressions.
"""
import datetime as dt

import pytest

from geo_events.models import Document
from geo_events.pipeline import process
from factories import places_match as _match

PUB = dt.date(2025, 11, 14)  # a Friday

# key -> (language, text, places an analyst maps)
RETOLD = {}
CONTROLS = {}
# passages extraction still reads wrong for reasons outside this module (a missed sentence, an unknown
# name); kept as strict xfails so the day they pass is noticed
GAPS = {}

# ------------------------------------------------------------------ a definite anaphor with a new detail
RETOLD["en_anaphor_base"] = ("en", """ERBIL, Iraq — Two explosive-laden drones targeted Erbil air base on Thursday evening, the Kurdistan counter-terrorism service said.

No casualties were reported. The attack on the base was the fourth against coalition forces in the region this month, officials said.

No group claimed responsibility.""", ["Erbil"])
RETOLD["fr_anaphor_base"] = ("fr", """ERBIL (Irak) — Deux drones chargés d'explosifs ont visé jeudi soir la base aérienne d'Erbil, a indiqué le service antiterroriste du Kurdistan.

Aucune victime n'a été signalée. L'attaque contre la base est la quatrième visant la coalition ce mois-ci, selon des responsables.

Elle n'a pas été revendiquée.""", ["Erbil"])
RETOLD["ar_anaphor_base"] = ("ar", """استهدفت طائرتان مسيرتان مفخختان مساء الخميس قاعدة أربيل الجوية في إقليم كردستان العراق، بحسب جهاز مكافحة الإرهاب في الإقليم.

ولم تسجل أي إصابات. وجاء الهجوم على القاعدة بعد أيام من هجوم مماثل على قوات التحالف.

ولم تتبن أي جهة الهجوم.""", ["أربيل"])
RETOLD["en_the_rockets_landed"] = ("en", """BAGHDAD — Three Katyusha rockets struck the Victory military complex near Baghdad airport late on Thursday, a security source said.

The rockets landed inside the perimeter of the Baghdad airport, damaging a storage hangar, the source added.

There were no injuries.""", ["Baghdad"])
RETOLD["fr_la_frappe"] = ("fr", """BEYROUTH — Une frappe de drone israélienne a visé jeudi une voiture à Nabatiyé, dans le sud du Liban, tuant deux hommes, selon l'agence nationale d'information.

La frappe à Nabatiyé a également endommagé un immeuble voisin, a ajouté l'agence.

L'armée israélienne a affirmé avoir visé un membre du Hezbollah.""", ["Nabatiyé"])
RETOLD["ar_al_qasf"] = ("ar", """قتل ثلاثة مدنيين وأصيب خمسة آخرون الخميس في قصف مدفعي استهدف بلدة كفرنبل في ريف إدلب الجنوبي، وفق مصادر محلية.

وأدى القصف على كفرنبل إلى دمار في عدد من المنازل، بحسب الدفاع المدني.

ولم يصدر أي تعليق عن الجيش.""", ["كفرنبل"])
# ------------------------------------------------------------------ the lede then the body, a finer place
RETOLD["en_lede_body_airport"] = ("en", """BAGHDAD — Rockets hit Baghdad airport on Thursday, Iraqi security officials said.

Two Katyusha rockets struck near the airport's cargo terminal at about 9 pm, police said. No one was hurt.

The airport hosts a diplomatic support centre used by the U.S. embassy.""", ["Baghdad"])
RETOLD["fr_lede_body_ville"] = ("fr", """KHARKIV (Ukraine) — Des missiles russes ont frappé Kharkiv dans la nuit de mercredi à jeudi, a annoncé le gouverneur régional.

Deux missiles Iskander ont touché une entreprise industrielle du quartier de Kholodnohirsky, blessant quatre employés, a-t-il précisé.

Les pompiers ont maîtrisé l'incendie au petit matin.""", ["Kharkiv"])
RETOLD["ar_lede_body"] = ("ar", """استهدفت صواريخ مدينة الرقة مساء الخميس، بحسب مصادر محلية.

وقالت المصادر إن صاروخين سقطا قرب دوار النعيم في وسط المدينة، ما أدى إلى إصابة مدنيين اثنين.

ولم تعرف الجهة التي أطلقت الصواريخ.""", ["الرقة"])
# ------------------------------------------------------------------ a quote retelling it
RETOLD["en_quote"] = ("en", """ADEN, Yemen — Houthi drones struck a government military camp in Marib on Thursday, killing two soldiers, a military official said.

"The camp in Marib was hit by two drones shortly after dawn," a spokesman for the army said.

The Houthis did not immediately comment.""", ["Marib"])
RETOLD["fr_quote"] = ("fr", """ADEN (Yémen) — Des drones houthis ont frappé jeudi un camp militaire gouvernemental à Marib, tuant deux soldats, selon un responsable militaire.

« Le camp de Marib a été touché par deux drones peu après l'aube », a déclaré un porte-parole de l'armée.

Les Houthis n'ont pas réagi dans l'immédiat.""", ["Marib"])
RETOLD["ar_quote"] = ("ar", """قتل جنديان الخميس في هجوم بطائرات مسيرة حوثية على معسكر للقوات الحكومية في مأرب، بحسب مصدر عسكري.

وقال متحدث باسم الجيش: "تعرض المعسكر في مأرب لهجوم بطائرتين مسيرتين بعيد الفجر".

ولم يعلق الحوثيون على الفور.""", ["مأرب"])
# ------------------------------------------------------------------ a closing summary, with a past incident named
RETOLD["en_summary"] = ("en", """KYIV — A Russian missile struck a grain terminal in Izmail on Thursday, injuring three workers, regional officials said.

Firefighters put out the blaze within hours. Thursday's attack on Izmail was the latest in a series of strikes on Danube ports.

On Sunday, drones hit the port of Reni, destroying a grain silo.""", ["Izmail", "Reni"])
RETOLD["fr_summary"] = ("fr", """KIEV — Un missile russe a frappé jeudi un terminal céréalier à Izmaïl, blessant trois ouvriers, selon les autorités régionales.

Les pompiers ont éteint l'incendie en quelques heures. L'attaque de jeudi contre Izmaïl est la dernière d'une série de frappes contre les ports du Danube.

Dimanche, des drones avaient frappé le port de Reni, détruisant un silo.""", ["Izmaïl", "Reni"])
# (a gap until session 37, when Izmail entered the gazetteer)
CONTROLS["ar_summary"] = ("ar", """أصيب ثلاثة عمال الخميس عندما أصاب صاروخ روسي محطة للحبوب في إزمايل، بحسب السلطات المحلية.

وأخمد رجال الإطفاء الحريق خلال ساعات. ويعد الهجوم على إزمايل الأحدث في سلسلة ضربات على موانئ الدانوب.

ويوم الأحد، أصابت مسيرات ميناء ريني ودمرت صومعة للحبوب.""", ["إزمايل", "ريني"])
# ------------------------------------------------------------------ a broader and a narrower name
RETOLD["en_governorate_town"] = ("en", """DAMASCUS — Israeli warplanes struck targets in Hama province early on Thursday, Syrian state media said.

The strikes hit an air defence battalion near the town of Masyaf, wounding four soldiers, the defence ministry said.

Israel rarely comments on individual strikes in Syria.""", ["Masyaf"])
RETOLD["fr_governorate_town"] = ("fr", """DAMAS — L'aviation israélienne a frappé jeudi à l'aube des cibles dans la province de Hama, selon les médias d'Etat syriens.

Les frappes ont touché un bataillon de défense aérienne près de la ville de Masyaf, blessant quatre soldats, a indiqué le ministère de la Défense.

Israël commente rarement ses frappes en Syrie.""", ["Masyaf"])
RETOLD["ar_governorate_town"] = ("ar", """شنت طائرات إسرائيلية فجر الخميس غارات على أهداف في محافظة حماة، بحسب الإعلام الرسمي السوري.

وطالت الغارات كتيبة للدفاع الجوي قرب مدينة مصياف، ما أدى إلى إصابة أربعة جنود، وفق وزارة الدفاع.

ونادرا ما تعلق إسرائيل على ضرباتها في سوريا.""", ["مصياف"])

# ------------------------------------------------------------------ CONTROLS: two true nearby incidents
CONTROLS["en_another_rocket"] = ("en", """BAGHDAD — A rocket hit the Balad air base north of Baghdad on Thursday, causing no casualties, a security source said.

Another rocket hit Camp Taji on Thursday evening, damaging a vehicle, the source added.

No group claimed either attack.""", ["Balad", "Taji"])
CONTROLS["fr_second_attack"] = ("fr", """BAGDAD — Une roquette s'est abattue jeudi sur la base aérienne de Balad, sans faire de victimes, selon une source sécuritaire.

Une deuxième attaque a visé jeudi soir le camp de Taji, endommageant un véhicule.

Aucune des deux attaques n'a été revendiquée.""", ["Balad", "Taji"])
CONTROLS["ar_separate"] = ("ar", """سقط صاروخ الخميس على قاعدة بلد الجوية شمال بغداد من دون إصابات، بحسب مصدر أمني.

وفي هجوم منفصل، سقط صاروخ آخر مساء الخميس على معسكر التاجي ما أدى إلى تضرر عربة.

ولم تتبن أي جهة الهجومين.""", ["بلد", "التاجي"])
CONTROLS["en_hours_later"] = ("en", """KHARKIV, Ukraine — A Russian drone hit a residential building in Kharkiv on Thursday morning, injuring two people, the mayor said.

Hours later, a guided bomb struck a warehouse in Chuhuiv, killing one worker, the regional governor said.

Both attacks came as Russia pressed its offensive in the region.""", ["Kharkiv", "Chuhuiv"])
CONTROLS["fr_separement"] = ("fr", """BEYROUTH — Une frappe de drone israélienne a tué jeudi un homme à Bint Jbeil, dans le sud du Liban, selon l'agence nationale d'information.

Séparément, un obus d'artillerie est tombé sur la localité de Aitaroun, blessant une femme.

L'armée israélienne n'a pas commenté.""", ["Bint Jbeil", "Aitaroun"])
CONTROLS["ar_hours_later"] = ("ar", """قتل مدني الخميس في غارة بطائرة مسيرة إسرائيلية على سيارة في بنت جبيل جنوب لبنان، بحسب الوكالة الوطنية للإعلام.

وبعد ساعات، أصيبت امرأة بجروح في قصف مدفعي استهدف بلدة عيترون.

ولم يعلق الجيش الإسرائيلي.""", ["بنت جبيل", "عيترون"])
CONTROLS["en_same_base_again"] = ("en", """ERBIL, Iraq — A drone hit Erbil air base on Wednesday, causing minor damage, the Kurdistan counter-terrorism service said.

The same base was hit again on Thursday by two rockets, the service said.

No group claimed the attacks.""", ["Erbil", "Erbil"])
CONTROLS["fr_de_nouveau"] = ("fr", """ERBIL (Irak) — Un drone a frappé mercredi la base aérienne d'Erbil, causant des dégâts mineurs, selon le service antiterroriste du Kurdistan.

La base a de nouveau été visée jeudi par deux roquettes, a indiqué le service.

Aucune des attaques n'a été revendiquée.""", ["Erbil", "Erbil"])
CONTROLS["ar_majaddadan"] = ("ar", """استهدفت طائرة مسيرة الأربعاء قاعدة أربيل الجوية ما أدى إلى أضرار طفيفة، بحسب جهاز مكافحة الإرهاب في كردستان.

وتعرضت القاعدة مجددا الخميس لهجوم بصاروخين، بحسب الجهاز.

ولم تتبن أي جهة الهجومين.""", ["أربيل", "أربيل"])
CONTROLS["en_weapons"] = ("en", """DONETSK, Ukraine — Russian artillery shelled Kostiantynivka on Thursday, killing two civilians, the regional governor said.

A Russian drone also struck a bus in Druzhkivka, wounding five passengers, he said.

Both towns lie close to the front line.""", ["Kostiantynivka", "Druzhkivka"])
CONTROLS["fr_weapons"] = ("fr", """DONETSK (Ukraine) — L'artillerie russe a pilonné jeudi Kostiantynivka, tuant deux civils, selon le gouverneur régional.

Un drone russe a par ailleurs frappé un bus à Droujkivka, blessant cinq passagers.

Les deux villes sont proches de la ligne de front.""", ["Kostiantynivka", "Droujkivka"])
CONTROLS["ar_weapons"] = ("ar", """قتل مدنيان الخميس في قصف مدفعي على بلدة معرة النعمان في ريف إدلب، بحسب الدفاع المدني.

كما أصيب خمسة أشخاص في غارة بطائرة مسيرة على سيارة في مدينة أريحا.

ولم يصدر تعليق عن الجيش.""", ["معرة النعمان", "أريحا"])
CONTROLS["en_lede_two"] = ("en", """AMMAN — Rockets and drones hit two Jordanian border posts on Thursday, the army said.

A rocket hit a post near Ruwaished, wounding a soldier. Separately, a drone crashed near a checkpoint outside Mafraq, causing no casualties.

The army said it had raised its alert level.""", ["Ruwaished", "Mafraq"])
GAPS["fr_deux_villes"] = ("fr", """KIEV — Des drones russes ont frappé jeudi Odessa, blessant trois personnes, et Izmaïl, où un entrepôt a pris feu, selon les autorités.

A Odessa, un immeuble résidentiel a été touché. A Izmaïl, le feu a été éteint au matin.

La Russie vise régulièrement les ports du sud.""", ["Odessa", "Izmaïl"])
CONTROLS["ar_two_towns"] = ("ar", """أصيب ثلاثة مدنيين الخميس في قصف صاروخي على مدينة الرقة، بحسب مصادر محلية.

وفي حادث آخر، سقطت قذيفة على بلدة عين عيسى ما أدى إلى أضرار مادية.

ولم تعرف الجهة التي أطلقت الصواريخ.""", ["الرقة", "عين عيسى"])

# ------------------------------------------------------------------ more retellings and controls (probed second)
RETOLD["en_region_site"] = ("en", """SULAIMANIYAH, Iraq — A drone attack hit a gas field in Sulaimaniyah province on Thursday, halting production, officials said.

The drone struck a storage tank at the Khor Mor field, sparking a fire that burned for hours, the Kurdistan Regional Government said.

No one claimed the attack.""", ["Khor Mor"])
RETOLD["fr_region_site"] = ("fr", """SOULEIMANIYE (Irak) — Une attaque de drone a visé jeudi un champ gazier de la province de Souleimaniye, interrompant la production, selon des responsables.

Le drone a frappé un réservoir du champ de Khor Mor, provoquant un incendie, a indiqué le gouvernement régional du Kurdistan.

L'attaque n'a pas été revendiquée.""", ["Khor Mor"])
GAPS["ar_region_site"] = ("ar", """استهدف هجوم بطائرة مسيرة الخميس حقلا للغاز في محافظة السليمانية، ما أدى إلى توقف الإنتاج، بحسب مسؤولين.

وأصابت المسيرة خزانا في حقل كورمور، ما أدى إلى اندلاع حريق استمر ساعات، وفق حكومة إقليم كردستان.

ولم تتبن أي جهة الهجوم.""", ["كورمور"])
RETOLD["en_city_then_quarter_count"] = ("en", """KHARKIV, Ukraine — Russia struck Kharkiv with missiles overnight, the regional governor said on Thursday.

Two Iskander missiles hit an industrial plant in the Kholodnohirskyi district at about 3 am, injuring four workers, he said on Telegram.

Rescuers were still searching the rubble.""", ["Kharkiv"])
RETOLD["en_quote_count_weapon"] = ("en", """TEL AVIV — A rocket fired from Gaza struck an open area near Ashkelon on Thursday, the Israeli military said.

"A rocket launched from the northern Gaza Strip fell in an open area outside Ashkelon," the army said in a statement. There were no injuries.

Sirens sounded in several towns.""", ["Ashkelon"])
RETOLD["fr_quote_count_weapon"] = ("fr", """JERUSALEM — Une roquette tirée depuis Gaza s'est abattue jeudi dans une zone inhabitée près d'Ashkelon, selon l'armée israélienne.

« Une roquette lancée depuis le nord de la bande de Gaza est tombée dans une zone ouverte près d'Ashkelon », a indiqué l'armée. Il n'y a pas eu de blessés.

Les sirènes ont retenti dans plusieurs localités.""", ["Ashkelon"])
GAPS["ar_quote_count_weapon"] = ("ar", """سقط صاروخ أطلق من غزة الخميس في منطقة مفتوحة قرب عسقلان، بحسب الجيش الإسرائيلي.

وقال الجيش في بيان: "سقط صاروخ أطلق من شمال قطاع غزة في منطقة مفتوحة قرب عسقلان". ولم تقع إصابات.

ودوت صفارات الإنذار في عدة بلدات.""", ["عسقلان"])
RETOLD["en_body_finer_site"] = ("en", """ADEN, Yemen — A Houthi missile hit the port city of Mokha on Thursday, a government official said.

The missile struck a warehouse in Mokha port used by aid agencies, destroying food supplies, the official said.

The Houthis did not comment.""", ["Mokha"])
RETOLD["fr_body_finer_site"] = ("fr", """ADEN (Yémen) — Un missile houthi a frappé jeudi la ville portuaire de Mokha, selon un responsable gouvernemental.

Le missile a touché un entrepôt du port de Mokha utilisé par des agences humanitaires, détruisant des vivres.

Les Houthis n'ont pas réagi.""", ["Mokha"])
RETOLD["ar_body_finer_site"] = ("ar", """أصاب صاروخ حوثي الخميس مدينة المخا الساحلية، بحسب مسؤول حكومي.

وأصاب الصاروخ مستودعا في ميناء المخا تستخدمه وكالات الإغاثة، ما أدى إلى تلف مواد غذائية.

ولم يعلق الحوثيون.""", ["المخا"])
RETOLD["en_summary_day"] = ("en", """BEIRUT — An Israeli drone strike on a motorcycle killed two men in Tyre on Thursday, Lebanon's health ministry said.

Israel's army said it had targeted a Hezbollah operative. Thursday's strike in Tyre was the deadliest in the city since the ceasefire.

On Tuesday, a drone hit a car in Naqoura, wounding one person.""", ["Tyre", "Naqoura"])
RETOLD["fr_summary_day"] = ("fr", """BEYROUTH — Une frappe de drone israélienne contre une moto a tué deux hommes jeudi à Tyr, selon le ministère libanais de la Santé.

L'armée israélienne a dit avoir visé un membre du Hezbollah. La frappe de jeudi à Tyr est la plus meurtrière dans la ville depuis le cessez-le-feu.

Mardi, un drone avait frappé une voiture à Naqoura, blessant une personne.""", ["Tyr", "Naqoura"])
GAPS["ar_summary_day"] = ("ar", """قتل رجلان الخميس في غارة بطائرة مسيرة إسرائيلية على دراجة نارية في صور، بحسب وزارة الصحة اللبنانية.

وقال الجيش الإسرائيلي إنه استهدف عنصرا في حزب الله. وتعد غارة الخميس على صور الأعنف في المدينة منذ وقف إطلاق النار.

ويوم الثلاثاء، أصابت مسيرة سيارة في الناقورة ما أدى إلى إصابة شخص.""", ["صور", "الناقورة"])
RETOLD["en_interception_debris"] = ("en", """RIYADH — Saudi air defences intercepted a ballistic missile fired at Jizan on Thursday, the coalition said.

Debris from the missile fell on a residential area of Jizan, lightly wounding two residents, civil defence said.

The Houthis claimed the launch.""", ["Jizan"])
RETOLD["ar_strike_named_weapon"] = ("ar", """قتل ثلاثة أشخاص الخميس في غارة إسرائيلية على سيارة في بلدة الخيام جنوب لبنان، بحسب الوكالة الوطنية للإعلام.

وأوضحت الوكالة أن مسيرة إسرائيلية أطلقت صاروخين على السيارة في الخيام.

ولم يعلق الجيش الإسرائيلي.""", ["الخيام"])
RETOLD["fr_tir_retold"] = ("fr", """DONETSK (Ukraine) — Un missile russe a frappé jeudi un marché de Kramatorsk, tuant quatre civils, selon le gouverneur régional.

Ce tir sur Kramatorsk intervient deux jours après une frappe similaire à Sloviansk, a-t-il ajouté.

Les secours étaient encore à l'oeuvre.""", ["Kramatorsk", "Sloviansk"])
RETOLD["en_car_definite"] = ("en", """BEIRUT — An Israeli strike on a car killed two men in Bint Jbeil on Thursday, Lebanon's state news agency said.

The agency said an Israeli drone fired two guided missiles at the car on the road out of Bint Jbeil.

The Israeli military said it had struck a Hezbollah commander.""", ["Bint Jbeil"])
RETOLD["fr_car_definite"] = ("fr", """BEYROUTH — Une frappe israélienne contre une voiture a tué deux hommes jeudi à Bint Jbeil, selon l'agence nationale d'information.

Selon l'agence, un drone israélien a tiré deux missiles guidés sur la voiture à la sortie de Bint Jbeil.

L'armée israélienne a affirmé avoir visé un commandant du Hezbollah.""", ["Bint Jbeil"])
RETOLD["en_warplanes_then_drone"] = ("en", """GAZA — An Israeli airstrike hit a house in Khan Younis on Thursday, killing five members of one family, the civil defence agency said.

Witnesses said a drone had fired a missile at the house in Khan Younis minutes before it collapsed.

The Israeli army said it was looking into the report.""", ["Khan Younis"])
RETOLD["fr_avion_then_drone"] = ("fr", """GAZA — Une frappe aérienne israélienne a touché jeudi une maison à Khan Younès, tuant cinq membres d'une même famille, selon la défense civile.

Des témoins ont raconté qu'un drone avait tiré un missile sur la maison à Khan Younès quelques minutes avant son effondrement.

L'armée israélienne a dit examiner ces informations.""", ["Khan Younès"])
RETOLD["ar_house_definite"] = ("ar", """قتل خمسة أفراد من عائلة واحدة الخميس في غارة إسرائيلية على منزل في خان يونس، بحسب الدفاع المدني.

وقال شهود إن طائرة مسيرة أطلقت صاروخا على المنزل في خان يونس قبل دقائق من انهياره.

وقال الجيش الإسرائيلي إنه يتحقق من التقارير.""", ["خان يونس"])
RETOLD["ar_car_definite2"] = ("ar", """قتل رجلان الخميس في غارة إسرائيلية على سيارة في بنت جبيل جنوب لبنان، بحسب الوكالة الوطنية للإعلام.

وذكرت الوكالة أن مسيرة أطلقت صاروخين موجهين على السيارة عند مدخل بنت جبيل.

وقال الجيش الإسرائيلي إنه استهدف قياديا في حزب الله.""", ["بنت جبيل"])
RETOLD["en_site_near_city"] = ("en", """BAGHDAD — Rockets hit Baghdad airport late on Thursday, security officials said.

Two rockets landed at Camp Victory, a military facility on the airport grounds, causing no casualties, police said.

The attack was not claimed.""", ["Baghdad"])
RETOLD["en_truck_definite"] = ("en", """ODESA, Ukraine — A Russian strike on a truck killed its driver in Kherson on Thursday, the regional administration said.

A Shahed drone slammed into the truck as it waited at a fuel station in Kherson, officials said.

Russia did not comment.""", ["Kherson"])
RETOLD["fr_immeuble_definite"] = ("fr", """GAZA — Une frappe aérienne israélienne a détruit jeudi un immeuble de Deir el-Balah, tuant six personnes, selon la défense civile.

Un drone a tiré deux missiles sur l'immeuble à Deir el-Balah peu avant minuit, ont rapporté des voisins.

L'armée israélienne n'a pas commenté.""", ["Deir el-Balah"])
RETOLD["ar_market_definite"] = ("ar", """قتل أربعة مدنيين الخميس في غارة جوية على سوق شعبي في مدينة دير الزور، بحسب مصادر محلية.

وقالت المصادر إن طائرة مسيرة أطلقت صاروخا على السوق في دير الزور وقت الذروة.

ولم تتبن أي جهة الغارة.""", ["دير الزور"])
CONTROLS["en_house_of"] = ("en", """GAZA — An Israeli airstrike hit a house in Deir al-Balah on Thursday, killing five members of one family, the civil defence agency said.

A drone fired a missile at the house of a fisherman in Nuseirat, wounding three people, witnesses said.

The Israeli army did not comment.""", ["Deir al-Balah", "Nuseirat"])
CONTROLS["fr_maison_de"] = ("fr", """GAZA — Une frappe aérienne israélienne a touché jeudi une maison à Deir el-Balah, tuant cinq membres d'une même famille, selon la défense civile.

Un drone a tiré un missile sur la maison d’un pêcheur à Nousseirat, blessant trois personnes.

L'armée israélienne n'a pas réagi.""", ["Deir el-Balah", "Nousseirat"])
CONTROLS["ar_another_house"] = ("ar", """قتل خمسة أفراد من عائلة واحدة الخميس في غارة إسرائيلية على منزل في خان يونس، بحسب الدفاع المدني.

وبعد ساعات، أطلقت طائرة مسيرة صاروخا على المنزل المجاور في بني سهيلا ما أدى إلى إصابة ثلاثة أشخاص.

ولم يعلق الجيش الإسرائيلي.""", ["خان يونس", "بني سهيلا"])
CONTROLS["en_also_car"] = ("en", """BEIRUT — An Israeli strike on a car killed two men in Nabatieh on Thursday, the state news agency said.

A drone also hit the car park of a hospital in Kfar Roummane, causing damage, the agency said.

The Israeli army said it struck Hezbollah targets.""", ["Nabatieh", "Kfar Roummane"])
CONTROLS["fr_plus_tard_voiture"] = ("fr", """BEYROUTH — Une frappe israélienne contre une voiture a tué jeudi deux hommes à Nabatiyé, selon l'agence nationale d'information.

Plus tard dans la journée, un drone a frappé la voiture garée devant un café à Kfar Roummané, blessant un passant.

L'armée israélienne a dit avoir visé le Hezbollah.""", ["Nabatiyé", "Kfar Roummané"])
CONTROLS["fr_aussi_camion"] = ("fr", """ODESSA (Ukraine) — Une frappe russe contre un camion a tué jeudi son chauffeur près d'Izmaïl, selon l'administration régionale.

Un drone a aussi touché le camion-citerne d'une ferme à Safiany, sans faire de blessés.

La Russie n'a pas commenté.""", ["Izmaïl", "Safiany"])
CONTROLS["en_wednesday_thursday"] = ("en", """GAZA — An Israeli airstrike destroyed a building in Deir al-Balah on Wednesday, killing six people, the civil defence said.

On Thursday, a drone fired a missile at the building in Deir al-Balah as rescuers searched the rubble, wounding two.

The army did not comment.""", ["Deir al-Balah", "Deir al-Balah"])

# ------------------------------------------------------------------ the weapon named again ('the drone', 'le drone', 'الطائرة المسيرة')
RETOLD["en_the_drone"] = ("en", """GAZA — An Israeli strike killed three people in Jabalia on Thursday, the civil defence said.

The drone fired a missile at a group of people gathered near a water point in Jabalia, witnesses said.

The army did not comment.""", ["Jabalia"])
RETOLD["fr_le_drone"] = ("fr", """GAZA — Une frappe israélienne a tué jeudi trois personnes à Jabaliya, selon la défense civile.

Le drone a tiré un missile sur un groupe de personnes rassemblées près d'un point d'eau à Jabaliya, selon des témoins.

L'armée n'a pas commenté.""", ["Jabaliya"])
RETOLD["ar_the_drone"] = ("ar", """قتل ثلاثة أشخاص الخميس في غارة إسرائيلية على جباليا، بحسب الدفاع المدني.

وأطلقت الطائرة المسيرة صاروخا على تجمع للمواطنين قرب نقطة لتوزيع المياه في جباليا، بحسب شهود.

ولم يعلق الجيش.""", ["جباليا"])
RETOLD["en_the_missile_interc"] = ("en", """RIYADH — Saudi air defences intercepted a Houthi missile over Jizan on Thursday, the coalition said.

The missile had been fired from Saada and its fragments hit a farm on the edge of Jizan, civil defence said, without reporting casualties.

The Houthis did not comment.""", ["Jizan"])
RETOLD["fr_les_roquettes"] = ("fr", """BAGDAD — Des roquettes se sont abattues jeudi soir sur la base aérienne de Balad, selon une source sécuritaire.

Les trois roquettes Katioucha ont été tirées depuis un champ proche de Balad et l'une d'elles a endommagé un hangar, a précisé la source.

L'attaque n'a pas été revendiquée.""", ["Balad"])
RETOLD["ar_the_rockets"] = ("ar", """سقطت صواريخ مساء الخميس على قاعدة بلد الجوية، بحسب مصدر أمني.

وأطلقت الصواريخ الثلاثة من نوع كاتيوشا من بستان قريب من بلد، وألحق أحدها أضرارا بحظيرة للطائرات، بحسب المصدر.

ولم تتبن أي جهة الهجوم.""", ["بلد"])
CONTROLS["en_weapon_next_town"] = ("en", """GAZA — An Israeli strike killed three people in Jabalia on Thursday, the civil defence said.

The drone then fired a missile at a car in Beit Lahia, wounding two, medics said.

The army did not comment.""", ["Jabalia", "Beit Lahia"])
CONTROLS["fr_arme_ville_voisine"] = ("fr", """GAZA — Une frappe israélienne a tué jeudi trois personnes à Jabaliya, selon la défense civile.

Le drone a ensuite tiré un missile sur une voiture à Beit Lahia, blessant deux personnes, selon des secouristes.

L'armée n'a pas commenté.""", ["Jabaliya", "Beit Lahia"])
CONTROLS["ar_weapon_next_town"] = ("ar", """قتل ثلاثة أشخاص الخميس في غارة إسرائيلية على جباليا، بحسب الدفاع المدني.

ثم أطلقت الطائرة المسيرة صاروخا على سيارة في بيت لاهيا ما أدى إلى إصابة شخصين، بحسب مسعفين.

ولم يعلق الجيش.""", ["جباليا", "بيت لاهيا"])
CONTROLS["en_weapon_next_day"] = ("en", """GAZA — An Israeli strike killed three people in Jabalia on Wednesday, the civil defence said.

On Thursday, the drone fired a missile at a group of people in Jabalia, killing one, witnesses said.

The army did not comment.""", ["Jabalia", "Jabalia"])

# ------------------------------------------------------------------ a count noun or a quote retold (regressions)
RETOLD["en_both_drones"] = ("en", """ERBIL, Iraq — Two drones targeted Erbil airport on Thursday evening, the Kurdistan counter-terrorism service said.

Both drones were shot down by coalition air defences near Erbil airport before reaching their target, the service said.

No group claimed the attack.""", ["Erbil"])
RETOLD["fr_les_deux_drones"] = ("fr", """ERBIL (Irak) — Deux drones ont visé jeudi soir l'aéroport d'Erbil, a indiqué le service antiterroriste du Kurdistan.

Les deux drones ont été abattus par la défense antiaérienne de la coalition près de l'aéroport d'Erbil, a précisé le service.

L'attaque n'a pas été revendiquée.""", ["Erbil"])
RETOLD["ar_the_two_drones"] = ("ar", """استهدفت طائرتان مسيرتان مساء الخميس مطار أربيل، بحسب جهاز مكافحة الإرهاب في كردستان.

وأسقطت الدفاعات الجوية للتحالف الطائرتين قرب مطار أربيل قبل وصولهما إلى هدفهما، بحسب الجهاز.

ولم تتبن أي جهة الهجوم.""", ["أربيل"])
RETOLD["en_quote_finer"] = ("en", """BAGHDAD — Rockets hit Baghdad airport on Thursday night, security officials said.

"Three rockets fell near the fuel depot at the airport's western gate," a police officer said.

No casualties were reported.""", ["Baghdad"])
RETOLD["fr_citation_plus_fine"] = ("fr", """BAGDAD — Des roquettes ont frappé jeudi soir l'aéroport de Bagdad, selon des responsables de la sécurité.

« Trois roquettes sont tombées près du dépôt de carburant, à la porte ouest de l'aéroport », a déclaré un policier.

Aucune victime n'a été signalée.""", ["Bagdad"])
RETOLD["ar_quote_finer"] = ("ar", """سقطت صواريخ مساء الخميس على مطار بغداد الدولي، بحسب مسؤولين أمنيين.

وقال ضابط في الشرطة: "سقطت ثلاثة صواريخ قرب مستودع الوقود عند البوابة الغربية للمطار".

ولم تسجل إصابات.""", ["بغداد"])

# ------------------------------------------------------------------ the region of a town named again ('the shelling in the X countryside')
RETOLD["ar_region_anaphor"] = ("ar", """قتل ثلاثة مدنيين الخميس في قصف مدفعي استهدف بلدة كفرنبل، بحسب الدفاع المدني.

وجاء القصف على ريف إدلب الجنوبي بعد ساعات من اجتماع لممثلي الدول الضامنة.

ولم يصدر أي تعليق عن الجيش.""", ["كفرنبل"])
RETOLD["en_region_anaphor"] = ("en", """IDLIB, Syria — Government shelling killed three civilians in the town of Kafr Nabl on Thursday, rescuers said.

The shelling in the southern Idlib countryside came hours after a meeting of the ceasefire's guarantor states.

The army did not comment.""", ["Kafr Nabl"])
RETOLD["fr_region_anaphore"] = ("fr", """IDLEB (Syrie) — Des tirs d'artillerie du régime ont tué jeudi trois civils dans la localité de Kafranbel, selon les secouristes.

Le bombardement dans la province d'Idleb est intervenu quelques heures après une réunion des pays garants.

L'armée n'a pas commenté.""", ["Kafranbel"])
CONTROLS["en_region_another"] = ("en", """IDLIB, Syria — Government shelling killed three civilians in the town of Kafr Nabl on Thursday, rescuers said.

Another shelling in the southern Idlib countryside wounded two farmers, they said.

The army did not comment.""", ["Kafr Nabl", "Idlib"])
CONTROLS["ar_region_another"] = ("ar", """قتل ثلاثة مدنيين الخميس في قصف مدفعي استهدف بلدة كفرنبل، بحسب الدفاع المدني.

وأصيب مزارعان في قصف آخر على ريف إدلب الجنوبي، بحسب المصادر.

ولم يصدر أي تعليق عن الجيش.""", ["كفرنبل", "إدلب"])


def _places(key, items):
    lang, text, _ = items[key]
    return [e.place_name or "" for e in process([Document(f"dup21-{key}", text, language=lang, published=PUB)]).events]


@pytest.mark.parametrize("key", sorted(RETOLD))
def test_one_incident_retold_maps_once(key):
    got = _places(key, RETOLD)
    assert _match(got, RETOLD[key][2]), f"{key}: mapped {got}, an analyst lists {RETOLD[key][2]}"


@pytest.mark.parametrize("key", sorted(CONTROLS))
def test_two_nearby_incidents_stay_two(key):
    got = _places(key, CONTROLS)
    assert _match(got, CONTROLS[key][2]), f"{key}: mapped {got}, an analyst lists {CONTROLS[key][2]}"


_GAP_WHY = {
    "ar_summary_day": "extraction misses the closing 'ويوم الثلاثاء، أصابت مسيرة سيارة في X' sentence",
    "ar_quote_count_weapon": "extraction reads no event in 'سقط صاروخ أطلق من غزة ... قرب X'",
    "ar_region_site": "extraction reads no target in 'وأصابت المسيرة خزانا في حقل X' (the lede's governorate stays)",
    "fr_deux_villes": "the second place of 'a frappé jeudi X, blessant trois personnes, et Y' is lost",
}


@pytest.mark.parametrize("key", sorted(GAPS))
def test_known_gaps_outside_the_incident_folds(key):
    got = _places(key, GAPS)
    if not _match(got, GAPS[key][2]):
        pytest.xfail(f"{key}: {_GAP_WHY[key]} (mapped {got})")
    pytest.fail(f"{key} now passes: move it to RETOLD or CONTROLS")


# the retelling's own sentence gives a figure the incident told first lacks: the joined event keeps it
FIGURES = {"en_warplanes_then_drone": (1, 5), "ar_strike_named_weapon": (2, 3), "en_site_near_city": (2, 0)}


@pytest.mark.parametrize("key", sorted(FIGURES))
def test_the_joined_incident_keeps_the_figures_of_its_retelling(key):
    lang, text, _ = RETOLD[key]
    events = process([Document(f"dup21-{key}", text, language=lang, published=PUB)]).events
    assert len(events) == 1
    assert (events[0].count.best, events[0].killed.best) == FIGURES[key]


def test_the_battery_covers_three_languages():
    for items in (RETOLD, CONTROLS):
        assert {v[0] for v in items.values()} == {"en", "fr", "ar"}
    assert len(RETOLD) >= 30 and len(CONTROLS) >= 15
