"""Mentions that are not events (session 22, H-neg22): a denial and a weapons test or drill told with a day.

Invented passages modelled on wire copy (EN/FR/AR; places, numbers and wordings no evaluation set uses). Each
passage tells one incident and a distractor that has an attack verb, a place and often a day of its own, but tells
nothing that happened: "X denied that its jets had struck Y" (a denial), "rejected claims that it had bombed Y",
"reports that a missile hit Y turned out to be wrong" (a report called false), "any attack on Y would ..." (an attack
that may come), "test-fired a missile off Y", "fired interceptors during a drill near Y" (a test or an exercise). Negatives: a real attack told after a denial's comma,
a real attack on a test site or a training camp, and a true second incident told briefly ("Earlier, ...").
The assertion is the list of places an analyst maps.
"""
import datetime as dt

import pytest

from geo_events.models import Document
from geo_events.pipeline import process
from factories import places_match as _match

PUB = dt.date(2025, 6, 12)  # a Thursday

ITEMS = {
    # ------------------------------------------------------------------ denial: what did NOT happen
    "en_denied_that": ("en", "A drone struck a lorry near Marjayoun on Tuesday, killing the driver, Lebanese media "
                             "reported. The Israeli military denied that its aircraft had hit a clinic in Hasbaya.",
                       ["Marjayoun"]),
    "en_denied_reports": ("en", "Five rockets landed near the Taji base north of Baghdad on Sunday, causing no casualties. "
                                "The interior ministry denied reports that a missile had struck a refinery in Baiji.",
                          ["Taji"]),
    "en_denies_gerund": ("en", "A Russian missile hit an apartment block in Poltava on Monday, killing six people. "
                               "Moscow denies targeting residential areas in Chernihiv.",
                         ["Poltava"]),
    "fr_nie_avoir": ("fr", "Une frappe de drone a touché une moto près de Marjayoun mardi, tuant le conducteur. "
                           "L'armée israélienne a nié avoir visé un dispensaire à Hasbaya.", ["Marjayoun"]),
    "fr_dementi_que": ("fr", "Cinq roquettes sont tombées dimanche près de la base de Taji, sans faire de victimes. "
                             "Le ministère a démenti qu'un missile a frappé la raffinerie de Baïji.", ["Taji"]),
    "ar_nafa": ("ar", "قصفت طائرة مسيرة شاحنة قرب مرجعيون يوم الثلاثاء ما أدى إلى مقتل سائقها. "
                      "ونفى الجيش الإسرائيلي أن تكون طائراته قد قصفت مستوصفا في حاصبيا.", ["مرجعيون|Marjayoun"]),
    # ------------------------------------------------------------------ weapons test or drill
    "en_test_fired": ("en", "Two drones hit a fuel depot in Qamishli on Wednesday, starting a fire. On Tuesday, "
                            "Pyongyang test-fired three short-range missiles off Hamhung, state media said.",
                      ["Qamishli"]),
    "en_missile_test": ("en", "A missile struck a grain silo in Mykolaiv on Saturday. Tehran carried out a ballistic "
                              "missile test near Shahroud on Friday, firing two rockets.", ["Mykolaiv"]),
    "en_during_drill": ("en", "Rockets fell on Shlomi on Monday evening. On Sunday, soldiers fired interceptors "
                              "during an air defence drill near Hadera.", ["Shlomi"]),
    "fr_tir_essai": ("fr", "Deux drones ont frappé mercredi un dépôt de carburant à Qamichli. Mardi, Pyongyang a "
                           "procédé à des tirs d'essai de trois missiles au large de Hamhung.", ["Qamichli"]),
    "fr_teste": ("fr", "Un missile a frappé samedi un silo à grains à Mykolaïv. Vendredi, l'Iran a testé deux missiles "
                       "balistiques près de Shahroud.", ["Mykolaïv"]),
    "fr_lors_exercice": ("fr", "Des roquettes sont tombées lundi soir sur Shlomi. Dimanche, des soldats ont tiré des "
                               "intercepteurs lors d'un exercice près de Hadera.", ["Shlomi"]),
    "ar_tajriba": ("ar", "قصفت طائرتان مسيرتان مستودع وقود في القامشلي يوم الأربعاء. وأجرت كوريا الشمالية يوم "
                         "الثلاثاء تجربة إطلاق ثلاثة صواريخ قرب هامهونغ.", ["القامشلي|Qamishli"]),
    "ar_ikhtabarat": ("ar", "سقط صاروخ على مبنى سكني في كركوك يوم السبت. واختبرت إيران صاروخين باليستيين "
                            "قرب شاهرود يوم الجمعة.", ["كركوك|Kirkuk"]),
    # ------------------------------------------------------------------ a claim rejected, or a report called false
    "en_rejected_claims": ("en", "A drone hit a pickup truck near Bint Jbeil on Monday. The army rejected claims that "
                                 "it had shelled a school in Khiam.", ["Bint Jbeil"]),
    "en_dismissed_reports": ("en", "A glide bomb struck a factory in Kostiantynivka on Saturday. Moscow dismissed "
                                   "reports that its jets had bombed a hospital in Pokrovsk.", ["Kostiantynivka"]),
    "fr_rejete_accusations": ("fr", "Un drone a touché un pick-up près de Bint Jbeil lundi. L'armée a rejeté les "
                                    "accusations selon lesquelles elle aurait bombardé une école à Khiam.", ["Bint Jbeil"]),
    "en_report_false": ("en", "Mortar shells hit an outpost near Sinjar on Friday. Posts claiming that a drone had hit "
                              "the airport in Mosul were false, police said.", ["Sinjar"]),
    "en_turned_out_wrong": ("en", "Four rockets struck Netivot on Thursday. Reports that a missile hit Ashkelon turned "
                                  "out to be wrong, the army said.", ["Netivot"]),
    "fr_informations_fausses": ("fr", "Quatre roquettes ont frappé Netivot jeudi. Les informations selon lesquelles un "
                                      "missile aurait touché Ashkelon sont fausses, a précisé l'armée.", ["Netivot"]),
    "ar_aria_an_alsiha": ("ar", "سقطت أربعة صواريخ على نتيفوت يوم الخميس. وقال الجيش إن الأنباء عن سقوط صاروخ على "
                                "عسقلان عارية عن الصحة.", ["نتيفوت|Netivot"]),
    "fr_toute_attaque": ("fr", "Une roquette a touché Shlomi vendredi. Toute nouvelle attaque contre Nahariya "
                               "déclencherait une guerre, a averti le ministre.", ["Shlomi"]),
    # ------------------------------------------------------------------ negatives: must stay
    "neg_false_then_real": ("en", "Officials said reports of casualties were false, but confirmed that a rocket hit a "
                                  "house in Netivot on Thursday.", ["Netivot"]),
    "neg_after_denial_comma": ("en", "The militia denied any involvement, but officials said two drones struck the "
                                     "Harir base on Sunday.", ["Harir"]),
    "neg_test_site": ("en", "Drones hit a missile test site near Shahroud on Friday, Iranian media reported.",
                      ["Shahroud"]),
    "neg_fr_site_essais": ("fr", "Des drones ont frappé vendredi un site d'essais de missiles près de Shahroud.",
                           ["Shahroud"]),
    "neg_training_camp": ("en", "A missile hit a training camp in Dnipro on Thursday, killing 12 recruits.", ["Dnipro"]),
    "neg_earlier_second": ("en", "Rockets struck the Balad air base on Tuesday. Earlier, a drone was shot down near "
                                 "the Taji camp, officials said.", ["Balad", "Taji"]),
    "neg_fr_plus_tot": ("fr", "Des roquettes ont frappé mardi la base de Balad. Plus tôt, un drone avait été abattu "
                              "près du camp de Taji.", ["Balad", "Taji"]),
}


@pytest.mark.parametrize("key", sorted(ITEMS))
def test_only_told_incidents_are_mapped(key):
    lang, text, want = ITEMS[key]
    events = process([Document(key, text, lang, PUB)]).events
    got = [e.place_name for e in events]
    assert _match(got, want), f"{key}: got {got}, want {want}"


def test_a_test_clause_lends_no_count_or_launch_to_the_incident_before_it():
    # "test-fired two missiles from X" after a told drone strike: the strike keeps its own (untold) count, no launch
    text = ("A drone struck a checkpoint near Manbij on Tuesday, killing three fighters. On Monday, the Revolutionary "
            "Guards test-fired four ballistic missiles from Shahroud, state television said.")
    events = process([Document("cnt", text, "en", PUB)]).events
    assert [e.place_name for e in events] == ["Manbij"]
    assert events[0].count.best != 4
    assert events[0].launch is None or "Shahroud" not in (events[0].launch.name or "")
