"""English and French events (round 20); each rule in wording and places unlike the evaluation sets."""
import datetime as dt

from factories import frames_of, targets, value_of


def _types(frames):
    return [value_of(f, "event_type") for f in frames]


def _days(frames):
    out = []
    for f in frames:
        d = value_of(f, "date")
        out.append((d.earliest, d.latest) if d else None)
    return out


# 1. A French sentence opening on "À X," (or "A X," with the capital's accent dropped) places what follows

def test_fr_fronted_a_place_is_the_target():
    assert targets(frames_of("À Tal Afar, trois roquettes ont frappé un entrepôt jeudi.", "fr")) == ["Tal Afar"]
    assert targets(frames_of("A Baïji, un drone a visé une raffinerie mardi soir.", "fr")) == ["Baïji"]


def test_fr_fronted_place_after_another_incident_is_its_own():
    text = ("Deux drones ont frappé un dépôt près de Rutba mardi. "
            "À Qaïm, trois roquettes sont tombées sur un poste de police le même jour.")
    assert targets(frames_of(text, "fr")) == ["Rutba", "Qaïm"]


def test_en_article_a_is_not_a_preposition():
    # "A Kurdish ..." is an article, not the French "à": no place is read from it
    assert targets(frames_of("A Kurdish drone struck a checkpoint near Tal Afar on Friday.")) == ["Tal Afar"]
    assert targets(frames_of("A Syrian army post was shelled in the north, monitors said.")) == []


def test_a_fronted_seat_of_a_speaker_is_not_a_target():
    text = ("À Damas, le porte-parole de l'armée a affirmé que des missiles avaient visé des positions ennemies, "
            "sans préciser où.")
    assert "Damas" not in targets(frames_of(text, "fr"))
    text = "In Amman, a government spokesman said rockets had been fired at border posts overnight."
    assert "Amman" not in targets(frames_of(text))


# 2. A report moving on to a region it opens a sentence on, after a site elsewhere, tells that region's incident

def test_fr_fronted_region_after_a_site_is_another_incident():
    text = ("Un drone a frappé lundi un dépôt à Makhmour, selon la police. "
            "Dans la région de Rawanduz, des roquettes sont tombées sur des champs, sans faire de blessés.")
    assert targets(frames_of(text, "fr")) == ["Makhmour", "Rawanduz"]


def test_en_fronted_district_after_a_site_is_another_incident():
    text = ("Two rockets hit a police post in Khanaqin on Monday, police said. "
            "In the Mandali district, mortar rounds fell on farmland, causing no casualties.")
    assert targets(frames_of(text)) == ["Khanaqin", "Mandali"]


def test_a_region_named_as_the_site_container_is_no_new_incident():
    text = ("Two rockets hit a police post in Khanaqin, in Diyala province, on Monday. "
            "In Diyala province, security forces closed the roads, police said.")
    assert targets(frames_of(text)) == ["Khanaqin"]


# 3. Shells of no stated kind are shelling ("attack"); mortar shells stay a mortar attack

def test_fr_plain_shells_are_an_attack_with_a_count():
    fr = frames_of("Cinq obus sont tombés mardi sur un village près de Sinjar.", "fr")
    assert targets(fr) == ["Sinjar"] and _types(fr) == ["attack"]
    assert value_of(fr[0], "count") == 5


def test_fr_mortar_shells_are_a_mortar_attack():
    fr = frames_of("Deux obus de mortier sont tombés mardi sur un marché de Tikrit.", "fr")
    assert targets(fr) == ["Tikrit"] and _types(fr) == ["mortar attack"]


# 4. The targets a statement lists, told one by one after a dated lead with no date of their own, are of its day

def test_fr_items_told_after_a_dated_lead_share_its_day():
    published = dt.date(2023, 5, 10)
    text = ("L'armée a annoncé mercredi avoir mené une série de frappes de drones contre des groupes armés. "
            "Le communiqué cite plusieurs cibles dans la région. "
            "Les opérations se poursuivront, prévient le texte. "
            "Sur place, les dégâts sont importants. "
            "Selon un médecin, deux hommes ont été tués lorsqu'un drone a frappé un camp à Bradost.")
    fr = frames_of(text, "fr", published)
    assert "Bradost" in targets(fr)
    day = dt.date(2023, 5, 10)
    assert _days([f for f in fr if value_of(f, "target").name == "Bradost"]) == [(day, day)]


def test_an_item_after_a_sentence_with_another_day_is_not_given_the_lead_day():
    published = dt.date(2023, 5, 10)
    text = ("Rockets hit an air base near Erbil on Wednesday, officials said. "
            "The base had been evacuated. "
            "Last month a militia said it would keep up its campaign. "
            "In March 2023, the group also fired at Harir, it added. "
            "A drone later struck a depot at Bashiqa.")
    fr = frames_of(text, "en", published)
    bashiqa = [f for f in fr if value_of(f, "target").name == "Bashiqa"]
    assert bashiqa and _days(bashiqa)[0] != (dt.date(2023, 5, 10), dt.date(2023, 5, 10))


# 5. "confirmed on Monday that ..." dates the statement; the incident it reports has its own day

def test_fr_statement_day_before_que_is_not_the_incident_day():
    published = dt.date(2024, 2, 7)
    text = ("La marine a confirmé mardi soir que son navire avait abattu deux drones près du port d'Assab "
            "dans la nuit de dimanche à lundi.")
    fr = frames_of(text, "fr", published)
    assert fr and _days(fr)[0][0] == dt.date(2024, 2, 4)


def test_en_statement_day_before_that_is_not_the_incident_day():
    published = dt.date(2024, 2, 7)
    text = "The navy announced on Tuesday that its destroyer had shot down three drones near Assab on Sunday."
    fr = frames_of(text, "en", published)
    assert fr and _days(fr)[0] == (dt.date(2024, 2, 4), dt.date(2024, 2, 4))


def test_a_statement_day_alone_still_dates_the_incident():
    published = dt.date(2024, 2, 7)
    text = "The army said on Tuesday that rockets hit a base near Assab."
    fr = frames_of(text, "en", published)
    assert fr and _days(fr)[0] == (dt.date(2024, 2, 6), dt.date(2024, 2, 6))


# 6. A claim whose teller gives no day ("sans donner de date", "without saying when") is no incident

def test_fr_claim_without_a_date_is_no_incident():
    text = "Le groupe affirme aussi avoir visé l'aéroport de Harir, au nord d'Erbil, sans préciser la date."
    assert frames_of(text, "fr") == []


def test_en_claim_without_saying_when_is_no_incident():
    assert frames_of("The militia also said it had fired two drones at the Harir base, without saying when.") == []
    assert frames_of("The militia said it had hit Harir airport but did not say when.") == []


def test_a_dated_claim_without_details_is_still_read():
    text = "The militia claimed a drone attack on the Harir base on Sunday, without giving details."
    assert targets(frames_of(text)) == ["Harir"]


# 7. A claimant's reported account ("a assuré que les rebelles avaient visé X") of a place already told is that incident

def test_fr_reported_claim_of_an_intercepted_drone_is_the_same_incident():
    published = dt.date(2022, 3, 2)
    text = ("La coalition a affirmé avoir intercepté dans la nuit de lundi à mardi un drone lancé vers Abha. "
            "Les rebelles ont pour leur part assuré dans un communiqué qu'ils avaient frappé l'aéroport d'Abha avec un drone.")
    fr = frames_of(text, "fr", published)
    assert targets(fr) == ["Abha"] and _types(fr) == ["interception"]


def test_fr_another_place_claimed_in_reported_speech_stays_its_own():
    published = dt.date(2022, 3, 2)
    text = ("La coalition a affirmé avoir intercepté mardi un drone lancé vers Abha. "
            "Les rebelles ont assuré mardi qu'ils avaient frappé une raffinerie à Jazan avec des missiles.")
    assert targets(frames_of(text, "fr", published)) == ["Abha", "Jazan"]


def test_history_after_a_since_period_is_not_given_the_lead_day():
    published = dt.date(2023, 5, 10)
    text = ("Three rockets hit a base near Kirkuk on Tuesday evening, police said. "
            "The base hosts foreign trainers. "
            "Since early April, attacks on foreign forces have resumed. "
            "Rockets fell near a consulate in Basra, a security source said.")
    fr = frames_of(text, "en", published)
    basra = [f for f in fr if value_of(f, "target").name == "Basra"]
    day = dt.date(2023, 5, 9)
    assert not basra or _days(basra)[0] != (day, day)


def test_another_incident_told_with_also_is_not_given_the_lead_day():
    published = dt.date(2023, 5, 10)
    text = ("Three rockets hit a base near Kirkuk on Tuesday evening, police said. "
            "The base hosts foreign trainers. "
            "The province has seen protests for weeks. "
            "Drones also struck a depot near Sulaymaniyah, the capital of the province.")
    fr = frames_of(text, "en", published)
    other = [f for f in fr if value_of(f, "target").name == "Sulaymaniyah"]
    day = dt.date(2023, 5, 9)
    assert not other or _days(other)[0] != (day, day)
