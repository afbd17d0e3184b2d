"""Official channels: a document from an authority's own Telegram channel is that authority's."""

from datetime import date

import pycountry
import pytest

from pipelines.extraction.channels import channel_authority, load_registry, registry, username_of
from pipelines.extraction.model import ROLES


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://t.me/mod_russia/70123", "defence_ministry:RU"),
        ("http://t.me/Mod_Russia/70123?single", "defence_ministry:RU"),
        ("t.me/kpszsu/9001", "air_force:UA"),
        ("https://www.t.me/s/KPSZSU/9001", "air_force:UA"),  # the web preview of the channel
        ("https://telegram.me/vvgladkov", "governor:RU-BEL"),
        ("https://t.me/GeneralStaffZSU/31337", "general_staff:UA"),
        ("https://t.me/mos_sobyanin/812", "mayor:RU-MOW"),
        ("https://t.me/avbogomaz/4410#top", "governor:RU-BRY"),
    ],
)
def test_a_channel_url_gives_its_authority(url, expected):
    assert channel_authority(url, None) == expected


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/mod_russia/70123",  # the name on another site
        "https://t.me.example.com/mod_russia/1",  # a host that only starts like Telegram's
        "https://t.me/some_news_digest/55",  # a channel nobody registered
        "https://t.me/",
        "https://t.me/s/",
        "http://[::1",  # malformed
        "",
    ],
)
def test_other_urls_give_nothing(url):
    assert channel_authority(url, None) is None


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Минобороны России", "defence_ministry:RU"),
        ("  МИНОБОРОНЫ   россии ", "defence_ministry:RU"),
        ("Повітряні Сили ЗС України", "air_force:UA"),
        ("Генеральний  штаб ЗСУ", "general_staff:UA"),
        ("Сергей Собянин", "mayor:RU-MOW"),
        ("Вячеслав Гладков", "governor:RU-BEL"),
    ],
)
def test_an_exact_channel_title_gives_its_authority(title, expected):
    assert channel_authority(None, title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Минобороны России сообщило о сбитых беспилотниках",  # a headline that starts with the name
        "Новости Минобороны России",
        "Daily digest",
        "",
    ],
)
def test_a_title_that_only_contains_a_channel_name_gives_nothing(title):
    assert channel_authority(None, title) is None


def test_the_url_wins_over_the_title_and_the_title_serves_when_the_url_is_no_channel():
    assert channel_authority("https://t.me/kpszsu/12", "Минобороны России") == "air_force:UA"
    assert channel_authority("https://news.example.org/2025/03/04/story", "Минобороны России") == "defence_ministry:RU"
    assert channel_authority("https://t.me/unregistered_relay/3", "Минобороны России") == "defence_ministry:RU"


def test_a_personal_channel_speaks_for_the_office_only_from_the_day_its_holder_took_it():
    url = "https://t.me/Khinshtein/501"
    assert channel_authority(url, None, date(2025, 2, 11)) == "governor:RU-KRS"
    assert channel_authority(url, None, date(2024, 12, 5)) == "governor:RU-KRS"
    assert channel_authority(url, None, date(2024, 9, 30)) is None  # a deputy's post then
    assert channel_authority(url, None) == "governor:RU-KRS"  # no date: take the channel as it is
    assert channel_authority("https://t.me/mod_russia/1", None, date(2019, 1, 1)) == "defence_ministry:RU"


def test_username_of_reads_only_telegram_links():
    assert username_of("https://t.me/s/Mod_Russia/5") == "mod_russia"
    assert username_of("telegram.me/razvozhaev") == "razvozhaev"
    assert username_of("https://t.me/+AbCdEfInvite") is None  # an invite link names no channel
    assert username_of("https://twitter.com/mod_russia") is None


def test_every_registered_authority_is_a_known_role_in_a_real_iso_place():
    reg = registry()
    authorities = {c.authority for c in [*reg.by_username.values(), *reg.by_title.values()]}
    assert {"defence_ministry:RU", "air_force:UA", "general_staff:UA", "governor:RU-BEL"} <= authorities
    for authority in authorities:
        role, where = authority.split(":")
        assert role in ROLES
        known = pycountry.subdivisions.get(code=where) if "-" in where else pycountry.countries.get(alpha_2=where)
        assert known is not None, authority


def write(tmp_path, body: str):
    path = tmp_path / "channels.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_the_loader_refuses_a_username_given_to_two_authorities(tmp_path):
    path = write(
        tmp_path,
        '[[channel]]\nauthority = "governor:RU-ORL"\nusernames = ["shared_name"]\nsource = "a"\n'
        '[[channel]]\nauthority = "governor:RU-TUL"\nusernames = ["Shared_Name"]\nsource = "b"\n',
    )
    with pytest.raises(ValueError, match="shared_name"):
        load_registry(path)


@pytest.mark.parametrize(
    "entry, complaint",
    [
        ('authority = "spokesman:RU"\nusernames = ["some_channel"]\nsource = "a"', "not role:ISO-code"),
        ('authority = "governor:Oryol"\nusernames = ["some_channel"]\nsource = "a"', "not role:ISO-code"),
        ('authority = "governor:RU-ORL"\nusernames = ["some_channel"]', "no source"),
        ('authority = "governor:RU-ORL"\nusernames = ["@some_channel"]\nsource = "a"', "not a Telegram username"),
        ('authority = "governor:RU-ORL"\nsource = "a"', "neither usernames nor titles"),
        ('authority = "governor:RU-ORL"\ntitles = ["X"]\nsince = "2020"\nsource = "a"', "since must be a date"),
    ],
)
def test_the_loader_refuses_a_malformed_entry(tmp_path, entry, complaint):
    with pytest.raises(ValueError, match=complaint):
        load_registry(write(tmp_path, f"[[channel]]\n{entry}\n"))
