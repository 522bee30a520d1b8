"""Arabic news grammar, round 25: aircraft as the agent of a plain verb of attack (invented items).

"قصف الطيران الإسرائيلي X" (the Israeli air force bombed X) and "قصفت الطائرات الإسرائيلية، فجر اليوم، بلدة X" are
stock phrases of Arabic news: the verb alone ("قصف") types no weapon, and the aircraft behind it were read only after
"شن/نفذ" or with "حربية". Aircraft after any verb of attack now make an airstrike; drones ("الطيران المسير") a drone
attack; artillery ("المدفعية") stays shelling. The sentences are written for these tests.
"""
import datetime as dt

import pytest

from factories import frames_of

P = dt.date(2024, 3, 4)


@pytest.mark.parametrize("text, expected", [
    ("قصف الطيران الإسرائيلي بلدة الخيام فجر اليوم.", "airstrike"),
    ("قصفت الطائرات الإسرائيلية، فجر اليوم الاثنين، بلدة الخيام في جنوب لبنان.", "airstrike"),
    ("استهدف الطيران الروسي مدينة إدلب مساء أمس.", "airstrike"),
    ("أغارت الطائرات الأمريكية على مدينة الميادين فجر اليوم.", "airstrike"),
    ("قصف الطيران المسير التركي بلدة عامودا فجر اليوم.", "drone attack"),
    ("قصفت مدفعية الجيش بلدة الخيام فجر اليوم.", "attack"),
    ("قصفت الطائرات الإسرائيلية بصواريخ باليستية مدينة حمص.", "missile attack"),
])
def test_aircraft_after_a_verb_of_attack_type_the_attack(text, expected):
    frames = frames_of(text, "ar", published=P)
    assert [f.first("event_type").value for f in frames] == [expected]
