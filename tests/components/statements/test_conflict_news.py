"""Attribution in conflict news, in four languages (issue 13, twelfth round, branch ``attrib17``):
sentences written for the purpose in agency style ("Russia claims it shot down 12 drones", "selon
l'état-major", "заявили в Минобороны", "повідомив голова ОВА"), each with the source, cue and content
a reader expects.  docs/statements.md ("Twelfth round (branch `attrib17`)") lists which of them failed
before this round and the gaps left (sentences not listed here)."""

from __future__ import annotations

import pytest

from sitrep.components.statements.cues import tokens
from sitrep.components.statements.noun_reading import noun_reading


def _found(article):
    return [((a.attrs["source"] or {}).get("text"), (a.attrs["cue"] or {}).get("text"), article.text[a.start:a.end])
            for a in article.layers["statements"]]


CASES = [
    ('en', 'Russia claims it shot down 12 Ukrainian drones overnight.', 'Russia', 'claims', 'it shot down 12 Ukrainian drones overnight'),
    ('en', 'Moscow claims its forces captured the village.', 'Moscow', 'claims', 'its forces captured the village'),
    ('en', "Ukraine's military claims it destroyed a Russian ammunition depot.", "Ukraine's military", 'claims', 'it destroyed a Russian ammunition depot'),
    ('en', 'The ministry claims 40 soldiers were killed.', 'The ministry', 'claims', '40 soldiers were killed'),
    ('en', 'Hamas claims responsibility for the attack.', 'Hamas', 'claims', 'responsibility for the attack'),
    ('en', 'Kyiv claims that Russian forces shelled the town.', 'Kyiv', 'claims', 'Russian forces shelled the town'),
    ('en', 'The rebels claim they control the airport.', 'The rebels', 'claim', 'they control the airport'),
    ('en', 'The General Staff reported that 14 attacks had been repelled near Bakhmut.', 'The General Staff', 'reported', '14 attacks had been repelled near Bakhmut'),
    ('en', 'Two civilians were killed in the shelling, according to the regional governor.', 'the regional governor', 'according to', 'Two civilians were killed in the shelling'),
    ('en', 'Russian officials claimed the strike hit a military command post.', 'Russian officials', 'claimed', 'the strike hit a military command post'),
    ('en', 'The Russian Defence Ministry said its air defences had intercepted 20 missiles over Crimea.', 'The Russian Defence Ministry', 'said', 'its air defences had intercepted 20 missiles over Crimea'),
    ('en', "Ukraine's air force said it had shot down 31 of the 35 drones launched overnight.", "Ukraine's air force", 'said', 'it had shot down 31 of the 35 drones launched overnight'),
    ('en', 'Governor Oleh Syniehubov said on Telegram that three people were injured in Kharkiv.', 'Governor Oleh Syniehubov', 'said', 'three people were injured in Kharkiv'),
    ('en', 'A senior US official, speaking on condition of anonymity, said the weapons would arrive within weeks.', 'A senior US official', 'said', 'the weapons would arrive within weeks'),
    ('en', 'Kremlin spokesman Dmitry Peskov told reporters that the talks had stalled.', 'Kremlin spokesman Dmitry Peskov', 'told', 'the talks had stalled'),
    ('en', 'The Pentagon denied that American troops were involved in the operation.', 'The Pentagon', 'denied', 'American troops were involved in the operation'),
    ('en', 'NATO Secretary General Jens Stoltenberg warned that the alliance would respond.', 'NATO Secretary General Jens Stoltenberg', 'warned', 'the alliance would respond'),
    ('en', 'Local authorities said the power station was badly damaged.', 'Local authorities', 'said', 'the power station was badly damaged'),
    ('en', 'Moscow insists the exercises are purely defensive.', 'Moscow', 'insists', 'the exercises are purely defensive'),
    ('en', 'The Kremlin accused Kyiv of attacking a civilian convoy.', 'The Kremlin', 'accused', 'Kyiv of attacking a civilian convoy'),
    ('en', 'The military said in a statement that the attack was repelled.', 'The military', 'said', 'the attack was repelled'),
    ('en', "Israel's army says it struck Hezbollah targets in southern Lebanon.", "Israel's army", 'says', 'it struck Hezbollah targets in southern Lebanon'),
    ('en', 'The Houthis claim they fired missiles at a US warship.', 'The Houthis', 'claim', 'they fired missiles at a US warship'),
    ('en', 'Hezbollah claims it attacked an Israeli base with drones.', 'Hezbollah', 'claims', 'it attacked an Israeli base with drones'),
    ('en', 'The Islamic State group claimed responsibility for the bombing.', 'The Islamic State group', 'claimed', 'responsibility for the bombing'),
    ('en', 'Ukraine demands that Russia withdraw its troops.', 'Ukraine', 'demands', 'Russia withdraw its troops'),
    ('en', 'Officials warned residents to stay in shelters.', 'Officials', 'warned', 'residents to stay in shelters'),
    ('fr', 'La Russie affirme avoir abattu douze drones ukrainiens dans la nuit.', 'La Russie', 'affirme', 'avoir abattu douze drones ukrainiens dans la nuit'),
    ('fr', 'Moscou assure que ses forces ont pris le village.', 'Moscou', 'assure', 'ses forces ont pris le village'),
    ('fr', "« Nous tiendrons la ligne », a-t-il affirmé lors d'un point presse.", 'il', 'affirmé', 'Nous tiendrons la ligne'),
    ('fr', "Selon l'état-major ukrainien, quatorze attaques ont été repoussées près de Bakhmout.", "l'état-major ukrainien", 'Selon', 'quatorze attaques ont été repoussées près de Bakhmout'),
    ('fr', 'Deux civils ont été tués dans les bombardements, selon le gouverneur régional.', 'le gouverneur régional', 'selon', 'Deux civils ont été tués dans les bombardements'),
    ('fr', 'Le ministère russe de la Défense a indiqué que ses systèmes de défense aérienne avaient intercepté vingt missiles.', 'Le ministère russe de la Défense', 'a indiqué', 'ses systèmes de défense aérienne avaient intercepté vingt missiles'),
    ('fr', "Kiev accuse Moscou d'avoir frappé un convoi humanitaire.", 'Kiev', 'accuse', "Moscou d'avoir frappé un convoi humanitaire"),
    ('fr', "Le Kremlin a démenti toute implication dans l'attaque.", 'Le Kremlin', 'a démenti', "toute implication dans l'attaque"),
    ('fr', 'Le porte-parole du Kremlin, Dmitri Peskov, a déclaré que les négociations étaient au point mort.', 'Le porte-parole du Kremlin, Dmitri Peskov', 'a déclaré', 'les négociations étaient au point mort'),
    ('fr', 'Les frappes ont touché un dépôt de carburant, a annoncé le gouverneur sur Telegram.', 'le gouverneur', 'a annoncé', 'Les frappes ont touché un dépôt de carburant'),
    ('fr', "L'armée ukrainienne dit avoir détruit un dépôt de munitions russe.", "L'armée ukrainienne", 'dit', 'avoir détruit un dépôt de munitions russe'),
    ('fr', "Le Hamas revendique l'attaque.", 'Le Hamas', 'revendique', "l'attaque"),
    ('fr', "D'après les autorités locales, la centrale électrique a été gravement endommagée.", 'les autorités locales', "D'après", 'la centrale électrique a été gravement endommagée'),
    ('fr', "Un haut responsable américain, s'exprimant sous couvert d'anonymat, a estimé que les armes arriveraient dans quelques semaines.", 'Un haut responsable américain', 'a estimé', 'les armes arriveraient dans quelques semaines'),
    ('fr', "L'armée de l'air ukrainienne a fait savoir qu'elle avait abattu 31 des 35 drones lancés dans la nuit.", "L'armée de l'air ukrainienne", 'a fait savoir', 'elle avait abattu 31 des 35 drones lancés dans la nuit'),
    ('fr', "Les rebelles affirment contrôler l'aéroport.", 'Les rebelles', 'affirment', "contrôler l'aéroport"),
    ('fr', 'Le gouverneur a précisé que trois personnes avaient été blessées à Kharkiv.', 'Le gouverneur', 'a précisé', 'trois personnes avaient été blessées à Kharkiv'),
    ('fr', 'Washington a mis en garde contre toute escalade.', 'Washington', 'a mis en garde', 'contre toute escalade'),
    ('fr', 'Les forces russes auraient repris le village, selon des blogueurs militaires.', 'des blogueurs militaires', 'selon', 'Les forces russes auraient repris le village'),
    ('fr', "L'OTAN a averti que l'alliance répondrait à toute attaque.", "L'OTAN", 'a averti', "l'alliance répondrait à toute attaque"),
    ('fr', '« La situation reste difficile », a reconnu le commandant des forces terrestres.', 'le commandant des forces terrestres', 'a reconnu', 'La situation reste difficile'),
    ('fr', "Le ministère a assuré dans un communiqué que l'attaque avait été repoussée.", 'Le ministère', 'a assuré', "l'attaque avait été repoussée"),
    ('fr', 'Les autorités russes ont affirmé que la frappe visait un poste de commandement.', 'Les autorités russes', 'ont affirmé', 'la frappe visait un poste de commandement'),
    ('fr', 'Israël dit avoir frappé des cibles du Hezbollah dans le sud du Liban.', 'Israël', 'dit', 'avoir frappé des cibles du Hezbollah dans le sud du Liban'),
    ('fr', 'Le Kremlin a dénoncé une « provocation » de Kiev.', 'Le Kremlin', 'a dénoncé', 'une « provocation » de Kiev'),
    ('fr', 'Selon Kiev, les troupes russes ont bombardé la ville.', 'Kiev', 'Selon', 'les troupes russes ont bombardé la ville'),
    ('fr', "Le porte-parole de l'armée, Iouri Ignat, a affirmé que 31 drones avaient été abattus.", "Le porte-parole de l'armée, Iouri Ignat", 'a affirmé', '31 drones avaient été abattus'),
    ('ru', 'Россия заявляет, что сбила 12 украинских беспилотников за ночь.', 'Россия', 'заявляет', 'сбила 12 украинских беспилотников за ночь'),
    ('ru', 'В Минобороны заявили, что силы ПВО перехватили 20 ракет над Крымом.', 'В Минобороны', 'заявили', 'силы ПВО перехватили 20 ракет над Крымом'),
    ('ru', 'Как сообщил губернатор области, в результате обстрела погибли два человека.', 'губернатор области', 'Как сообщил', 'в результате обстрела погибли два человека'),
    ('ru', 'По словам губернатора, в результате обстрела погибли два человека.', 'губернатора', 'По словам', 'в результате обстрела погибли два человека'),
    ('ru', 'По данным Генштаба, за сутки было отражено 14 атак.', 'Генштаба', 'По данным', 'за сутки было отражено 14 атак'),
    ('ru', '«Мы не отдадим ни метра», — заявил Зеленский в своём Telegram-канале.', 'Зеленский', 'заявил', 'Мы не отдадим ни метра'),
    ('ru', 'Пресс-секретарь Кремля Дмитрий Песков сообщил журналистам, что переговоры зашли в тупик.', 'Пресс-секретарь Кремля Дмитрий Песков', 'сообщил', 'переговоры зашли в тупик'),
    ('ru', 'Москва утверждает, что её войска взяли село.', 'Москва', 'утверждает', 'её войска взяли село'),
    ('ru', 'Киев обвинил Москву в ударе по гуманитарному конвою.', 'Киев', 'обвинил', 'Москву в ударе по гуманитарному конвою'),
    ('ru', 'Министерство иностранных дел России опровергло причастность к атаке.', 'Министерство иностранных дел России', 'опровергло', 'причастность к атаке'),
    ('ru', 'Губернатор Белгородской области Вячеслав Гладков сообщил, что удар пришёлся по нефтебазе.', 'Губернатор Белгородской области Вячеслав Гладков', 'сообщил', 'удар пришёлся по нефтебазе'),
    ('ru', 'Как сообщает агентство ТАСС, российские войска продвинулись под Авдеевкой.', 'агентство ТАСС', 'Как сообщает', 'российские войска продвинулись под Авдеевкой'),
    ('ru', 'Украинская сторона заявила, что уничтожила склад боеприпасов.', 'Украинская сторона', 'заявила', 'уничтожила склад боеприпасов'),
    ('ru', 'Источник в силовых структурах рассказал, что задержаны трое подозреваемых.', 'Источник в силовых структурах', 'рассказал', 'задержаны трое подозреваемых'),
    ('ru', 'Мэр Харькова Игорь Терехов сообщил в Telegram, что в городе прогремели взрывы.', 'Мэр Харькова Игорь Терехов', 'сообщил', 'в городе прогремели взрывы'),
    ('ru', 'Глава МИД России Сергей Лавров предупредил, что Москва ответит на поставки оружия.', 'Глава МИД России Сергей Лавров', 'предупредил', 'Москва ответит на поставки оружия'),
    ('ru', 'В НАТО отметили, что альянс не является стороной конфликта.', 'В НАТО', 'отметили', 'альянс не является стороной конфликта'),
    ('ru', 'Генеральный штаб ВСУ сообщил, что противник потерял 800 военнослужащих.', 'Генеральный штаб ВСУ', 'сообщил', 'противник потерял 800 военнослужащих'),
    ('ru', 'В Пентагоне опровергли участие американских военных в операции.', 'В Пентагоне', 'опровергли', 'участие американских военных в операции'),
    ('ru', 'Российские военные блогеры утверждают, что войска заняли село.', 'Российские военные блогеры', 'утверждают', 'войска заняли село'),
    ('ru', 'Представитель ВВС Украины Юрий Игнат заявил, что сбиты 31 из 35 дронов.', 'Представитель ВВС Украины Юрий Игнат', 'заявил', 'сбиты 31 из 35 дронов'),
    ('ru', 'Взрывы прогремели в Белгороде, сообщил губернатор Вячеслав Гладков.', 'губернатор Вячеслав Гладков', 'сообщил', 'Взрывы прогремели в Белгороде'),
    ('uk', 'Росія заявляє, що збила 12 українських безпілотників за ніч.', 'Росія', 'заявляє', 'збила 12 українських безпілотників за ніч'),
    ('uk', 'Як повідомив голова ОВА Олег Синєгубов, внаслідок обстрілу загинули двоє людей.', 'голова ОВА Олег Синєгубов', 'Як повідомив', 'внаслідок обстрілу загинули двоє людей'),
    ('uk', 'За словами губернатора, внаслідок обстрілу загинули двоє людей.', 'губернатора', 'За словами', 'внаслідок обстрілу загинули двоє людей'),
    ('uk', 'За даними Генштабу, за добу було відбито 14 атак.', 'Генштабу', 'За даними', 'за добу було відбито 14 атак'),
    ('uk', '«Ми не віддамо жодного метра», — заявив Зеленський у своєму Telegram-каналі.', 'Зеленський', 'заявив', 'Ми не віддамо жодного метра'),
    ('uk', 'Речник Кремля Дмитро Пєсков заявив журналістам, що переговори зайшли в глухий кут.', 'Речник Кремля Дмитро Пєсков', 'заявив', 'переговори зайшли в глухий кут'),
    ('uk', 'Москва стверджує, що її війська захопили село.', 'Москва', 'стверджує', 'її війська захопили село'),
    ('uk', 'Київ звинуватив Москву в ударі по гуманітарному конвою.', 'Київ', 'звинуватив', 'Москву в ударі по гуманітарному конвою'),
    ('uk', 'У Міноборони Росії заявили, що сили ППО перехопили 20 ракет над Кримом.', 'У Міноборони Росії', 'заявили', 'сили ППО перехопили 20 ракет над Кримом'),
    ('uk', 'Генеральний штаб ЗСУ повідомив, що противник втратив 800 військовослужбовців.', 'Генеральний штаб ЗСУ', 'повідомив', 'противник втратив 800 військовослужбовців'),
    ('uk', 'Міський голова Харкова Ігор Терехов повідомив у Telegram, що в місті пролунали вибухи.', 'Міський голова Харкова Ігор Терехов', 'повідомив', 'в місті пролунали вибухи'),
    ('uk', 'Представник Повітряних сил Юрій Ігнат заявив, що збито 31 з 35 дронів.', 'Представник Повітряних сил Юрій Ігнат', 'заявив', 'збито 31 з 35 дронів'),
    ('uk', 'Українська сторона заявила, що знищила склад боєприпасів.', 'Українська сторона', 'заявила', 'знищила склад боєприпасів'),
    ('uk', 'Глава МЗС Дмитро Кулеба наголосив, що Україна не піде на поступки.', 'Глава МЗС Дмитро Кулеба', 'наголосив', 'Україна не піде на поступки'),
    ('uk', 'У НАТО зазначили, що альянс не є стороною конфлікту.', 'У НАТО', 'зазначили', 'альянс не є стороною конфлікту'),
    ('uk', 'Як повідомляє агентство Укрінформ, українські війська просунулися під Бахмутом.', 'агентство Укрінформ', 'Як повідомляє', 'українські війська просунулися під Бахмутом'),
    ('uk', 'Російські військові блогери стверджують, що війська зайняли село.', 'Російські військові блогери', 'стверджують', 'війська зайняли село'),
    ('uk', 'Джерело в силових структурах розповіло, що затримано трьох підозрюваних.', 'Джерело в силових структурах', 'розповіло', 'затримано трьох підозрюваних'),
    ('uk', 'Зеленський закликав партнерів надати більше систем ППО.', 'Зеленський', 'закликав', 'партнерів надати більше систем ППО'),
    ('uk', 'Пентагон спростував участь американських військових в операції.', 'Пентагон', 'спростував', 'участь американських військових в операції'),
    ('uk', 'Повітряні сили попередили про загрозу ракетного удару.', 'Повітряні сили', 'попередили', 'про загрозу ракетного удару'),
    ('uk', 'Внаслідок обстрілу загинули двоє людей. Про це повідомив голова ОВА Олег Синєгубов.', 'голова ОВА Олег Синєгубов', 'Про це повідомив', 'Внаслідок обстрілу загинули двоє людей'),
    ('uk', 'Речник Кремля, Дмитро Пєсков, заявив, що переговори зайшли в глухий кут.', 'Речник Кремля, Дмитро Пєсков', 'заявив', 'переговори зайшли в глухий кут'),
    ('ru', 'Взрывы прогремели в Белгороде. Об этом сообщил губернатор Вячеслав Гладков в своём Telegram-канале.',
     'губернатор Вячеслав Гладков', 'Об этом сообщил', 'Взрывы прогремели в Белгороде'),
]


@pytest.mark.parametrize("lang,text,source,cue,content", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_conflict_news_statement(analyse, lang, text, source, cue, content):
    assert (source, cue, content) in _found(analyse("Report\n\n" + text, lang))


@pytest.mark.parametrize("lang,text", [
    ('en', "Russia's promises to withdraw were not kept."),
    ('en', "The ministry's claims could not be independently verified."),
    ('en', "Kyiv's demands for more air defence systems have grown louder."),
    ('fr', "Les promesses de la Russie n'ont pas été tenues."),
    ('ru', 'Обещания России вывести войска не были выполнены.'),
    ('uk', 'Обіцянки Росії вивести війська не були виконані.'),
])
def test_a_plural_noun_is_no_statement(analyse, lang, text):
    """"Russia's promises to withdraw were not kept": a noun with its possessor, no one speaks."""
    assert _found(analyse("Report\n\n" + text, lang)) == []


@pytest.mark.parametrize("text,noun", [
    ("Russia claims it shot down 12 drones", False),
    ("his claims were false", True),
    ("Pyongyang's claims", True),
    ("the rebels' demands", True),
    ("one of the central claims", True),
    ("40 promises", True),
    ("unfounded claims", True),
    ("Russian claims of victory", True),
    ("the group has pledges", True),
    ("Trump Will claims", True),
    ("The ministry claims 40 soldiers died", False),
])
def test_the_noun_reading_of_an_s_form(text, noun):
    forms = [f for _s, _e, f in tokens(text)]
    i = max(k for k, f in enumerate(forms) if f in ("claims", "demands", "promises", "pledges"))
    assert noun_reading("en", forms, i) is noun
    assert noun_reading("fr", forms, i) is False  # no such file for French: no reading


def test_yo_is_read_as_ye_like_the_lexicon():
    assert [f for _s, _e, f in tokens("в своём Telegram-канале")][:2] == ["в", "своем"]
    assert tokens("Пришёл")[0] == (0, 6, "пришел")
