"""Killed and injured (round 20): the wounded who later died (a revised toll), a denial told before a hedged aside,
ranges, two sources that disagree, and a battery of EN/FR phrasings of tolls. Wording, places and numbers unlike
the development sets."""
import pytest

from factories import frames_of, values
from geo_events.casualties import _casualties


def _toll_of(frames, name):
    hit = [f for f in frames if f.first("target") is not None and f.first("target").value.name == name]
    assert hit, f"no frame at {name}"
    return sorted(v for f in hit for v in values(f, "killed")), sorted(v for f in hit for v in values(f, "injured"))


# 1. "succumbed to their wounds": a death, not a wounded person.

@pytest.mark.parametrize("text,lang,n", [
    ("Three herders succumbed to their injuries in a field clinic.", "en", 3),
    ('"Two of our guards succumbed to their wounds before dawn," the governor said.', "en", 2),
    ("A fourth labourer succumbed to burns overnight.", "en", 1),
    ("Deux blessés ont succombé à leurs blessures dans la nuit.", "fr", 2),
    ("Un gendarme a succombé à ses blessures.", "fr", 1),
    ("Trois civils succombent à leurs blessures à l'hôpital de la ville.", "fr", 3),
    ("« Deux de nos hommes ont succombé », a indiqué la caserne.", "fr", 2),
])
def test_a_death_of_wounds_counts_the_dead_not_the_wounded(text, lang, n):
    assert [v for v, _ in _casualties(text, lang, "killed")] == [n]
    assert _casualties(text, lang, "injured") == []


def test_wounded_who_died_raise_a_first_toll():
    text = ("A rocket slammed into a roadside café in Tuz Khurmatu on Sunday evening. Police had initially put the "
            "toll at four dead and seven wounded. On Monday a hospital official said three of the wounded succumbed "
            "to their injuries overnight.")
    killed, injured = _toll_of(frames_of(text, "en"), "Tuz Khurmatu")
    assert max(killed) == 7  # four, then three more of the wounded
    assert 4 in injured  # seven wounded, three of whom died


def test_wounded_who_died_raise_a_first_toll_in_french():
    text = ("Une roquette s'est abattue dimanche soir sur un café de Tuz Khurmatu. Un premier bilan faisait état "
            "de deux morts et de cinq blessés. Trois blessés ont succombé à leurs blessures dans la nuit, selon "
            "l'hôpital.")
    killed, _ = _toll_of(frames_of(text, "fr"), "Tuz Khurmatu")
    assert max(killed) == 5


def test_wounded_who_died_are_among_a_lead_toll_already_told():
    # the lead's five dead are the current toll: the two who succumbed are among them, not two more
    text = ("Five soldiers were killed on Tuesday when a roadside bomb struck their patrol near Tuz Khurmatu. "
            "Two of them succumbed to their wounds in hospital, an officer said.")
    killed, _ = _toll_of(frames_of(text, "en"), "Tuz Khurmatu")
    assert killed and min(killed) == 5 and max(killed) == 5


# 2. A denial told before a hedged aside is the incident's, not a tally's.

def test_a_denial_before_a_hedged_aside_reaches_the_incident():
    text = ("Un drone s'est écrasé mardi sur un entrepôt de Kirkouk. Il n'a fait aucune victime, a précisé la "
            "police, selon laquelle des débris qui pourraient appartenir à un second appareil ont été retrouvés.")
    killed, injured = _toll_of(frames_of(text, "fr"), "Kirkouk")
    assert (killed, injured) == ([0], [0])


def test_a_hedge_before_the_denial_still_reads_as_generic():
    # the hedge opens the clause: no denial is read for the incident from a hedged, generic statement
    text = ("A drone crashed into a warehouse in Kirkuk on Tuesday, killing two guards. Such attacks could "
            "cause casualties, but officials said no one was hurt in most of them.")
    killed, _ = _toll_of(frames_of(text, "en"), "Kirkuk")
    assert killed == [2]


# 3. Ranges and sources that disagree: both figures kept.

@pytest.mark.parametrize("text,lang,expected", [
    ("Between 6 and 9 people were killed, medics said.", "en", [6, 9]),
    ("The shelling killed between four and seven villagers.", "en", [4, 7]),
    ("Entre trois et cinq personnes ont été tuées.", "fr", [3, 5]),
    ("The strike killed 11 people, while a local monitor said 14 had died.", "en", [11, 14]),
    ("Le tir a tué 8 personnes selon la préfecture, tandis qu'une ONG fait état de 10 morts.", "fr", [8, 10]),
])
def test_ranges_and_disagreeing_sources_keep_both_figures(text, lang, expected):
    assert [v for v, _ in _casualties(text, lang, "killed")] == expected


def test_ages_are_no_range():
    assert [v for v, _ in _casualties("Two men aged between 20 and 30 were killed.", "en", "killed")] == [2]


def test_a_range_reaches_the_event_as_low_and_high():
    text = "A rocket struck the market of Sinjar on Friday. Between 3 and 5 people were killed, officials said."
    killed, _ = _toll_of(frames_of(text, "en"), "Sinjar")
    assert killed == [3, 5]


# 4. A battery of phrasings.

@pytest.mark.parametrize("text,lang,which,expected", [
    ("The blast tore through the bus station, leaving one dead.", "en", "killed", [1]),
    ("The barrage claimed the lives of five shepherds.", "en", "killed", [5]),
    ("It claimed the lives of a farmer and his son.", "en", "killed", [2]),
    ("There were four fatalities among the crew.", "en", "killed", [4]),
    ("The impact caused a fatality.", "en", "killed", [1]),
    ("Le bombardement a coûté la vie à trois bergers.", "fr", "killed", [3]),
    ("Deux passants ont perdu la vie.", "fr", "killed", [2]),
    ("L'obus a fait un mort et quatre blessés.", "fr", "killed", [1]),
    ("L'obus a fait un mort et quatre blessés.", "fr", "injured", [4]),
    ("L'engin est tombé sur un marché, faisant un mort.", "fr", "killed", [1]),
    ("On déplore trois morts.", "fr", "killed", [3]),
    ("Selon un bilan provisoire, six personnes ont été tuées.", "fr", "killed", [6]),
    ("Le bilan définitif s'établit à neuf morts.", "fr", "killed", [9]),
    ("A child was killed.", "en", "killed", [1]),
    # subsets of a toll: no figure of the toll itself
    ("A child was among the dead.", "en", "killed", []),
    ("The dead included two children.", "en", "killed", []),
    ("Among the wounded were three medics.", "en", "injured", []),
    ("Un enfant figure parmi les morts.", "fr", "killed", []),
])
def test_casualty_phrasings(text, lang, which, expected):
    assert [v for v, _ in _casualties(text, lang, which)] == expected


@pytest.mark.parametrize("text,lang", [
    ("A mortar round hit a school yard in Sinjar on Friday. No one was reported hurt.", "en"),
    ("A mortar round hit a school yard in Sinjar on Friday. Nobody was immediately reported injured.", "en"),
    ("Un obus de mortier est tombé vendredi dans une cour d'école de Sinjar. Aucun blessé n'a été signalé.", "fr"),
    ("A mortar round hit a school yard in Sinjar on Friday. There were no immediate reports of casualties.", "en"),
])
def test_denials_give_zero(text, lang):
    killed, injured = _toll_of(frames_of(text, lang), "Sinjar")
    assert injured == [0] and killed == [0]



def test_a_death_of_wounds_still_counts():
    assert [v for v, _ in _casualties("A guard died of his wounds on Monday.", "en", "killed")] == [1]


# 5. A denial for one group named by a noun and its adjective ("Aucun soldat italien n'a été blessé") is read.

@pytest.mark.parametrize("text,lang", [
    ("Two rockets landed inside a base housing Italian troops near Sulaymaniyah on Friday. No Italian soldiers were "
     "hurt and the damage was light.", "en"),
    ("Deux roquettes sont tombées vendredi dans une base abritant des soldats italiens près de Souleimaniyé. Aucun "
     "soldat italien n'a été blessé.", "fr"),
])
def test_a_group_denial_of_a_qualified_noun_is_zero_injured(text, lang):
    frames = [f for f in frames_of(text, lang) if f.first("target") is not None]
    assert frames and all(values(f, "injured") == [0] for f in frames)


# 6. Figures a toll rose to, however long the toll's head: a revision.

@pytest.mark.parametrize("text,lang,killed,injured", [
    ("The toll from Sunday's blast at the fuel depot near the northern border crossing has risen to three dead and "
     "12 wounded, police said.", "en", 3, 12),
    ("Le bilan de la frappe qui a visé dans la nuit un entrepôt situé à la sortie nord de la ville s'est alourdi à "
     "deux morts et neuf blessés.", "fr", 2, 9),
])
def test_figures_a_toll_rose_to_are_revised(text, lang, killed, injured):
    assert _casualties(text, lang, "killed") == [(killed, "revised")]
    assert _casualties(text, lang, "injured") == [(injured, "revised")]


def test_a_revised_toll_beats_the_first_report_of_the_incident():
    text = ("Le bilan de l'explosion qui a frappé samedi un dépôt de munitions de la province de Diyala, près de "
            "Baaqouba, s'est alourdi à deux morts et onze blessés. Samedi soir, la police avait fait état de deux "
            "morts et de six blessés.")
    frames = [f for f in frames_of(text, "fr") if f.first("target") is not None]
    assert frames
    revised = [f.value for fr in frames for f in fr.get("injured") if f.qualifier == "revised"]
    assert revised == [11]
