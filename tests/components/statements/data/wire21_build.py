"""Writes wire21_tune.json / wire21_held_out.json (hand-written articles, expected statements).

    python tests/components/statements/data/wire21_build.py tests/components/statements/data

Same format as wire19/wire20 (scored by ``wire19_score.py --set wire21``).  Rich in long French source
openings ("Le ministère soudanais de la Santé, qui publie chaque jour un bilan, a fait état de …", "Le
porte-parole du ministère tchadien des Affaires étrangères a déclaré …"), a capital standing for its
government's side ("В Бишкеке эти обвинения назвали провокацией", "À Moscou, on affirme que …", "У
Будапешті заявили, що …", "In Beijing, officials said …"), international and maritime agencies as
sources (UKMTO, the IAEA, the UN's missions: ``chain`` gives the one link expected, the agency, no
country), and claims followed by a refusal to comment in the same sentence ("…; the navy declined to
comment"); ordinary attribution around them."""
import sys

from wire_build import Articles, S

OUT = sys.argv[1]
ART = Articles()
A = ART.add


# ---------------- English ----------------
A("en01", "en", "tune",
  "DUBAI, Aug 14 (Reuters) - A container ship was approached by three small boats about 40 nautical miles east of "
  "Fujairah on Wednesday, the United Kingdom Maritime Trade Operations agency said. UKMTO said the crew were safe and "
  "the vessel was proceeding to its next port of call. The ship's manager said the boats had left after about 20 "
  "minutes; the U.S. Navy's Fifth Fleet declined to comment. In Tehran, officials said Iranian patrol boats had been "
  "conducting a routine inspection.\n",
  [S("the United Kingdom Maritime Trade Operations agency", "said",
     "A container ship was approached by three small boats about 40 nautical miles east of Fujairah on Wednesday",
     ["United Kingdom Maritime Trade Operations"]),
   S("UKMTO", "said", "the crew were safe and the vessel was proceeding to its next port of call", ["UKMTO"]),
   S("The ship's manager", "said", "the boats had left after about 20 minutes"),
   S("officials", "said", "Iranian patrol boats had been conducting a routine inspection")])
A("en02", "en", "tune",
  "Drone hits training centre at Zaporizhzhia nuclear plant, IAEA says\n\n"
  "VIENNA, April 7 (AP) - A drone struck the training centre of the Zaporizhzhia nuclear power plant on Sunday, the "
  "International Atomic Energy Agency said, calling it a serious breach of nuclear safety. IAEA Director General "
  "Rafael Grossi told reporters that radiation levels at the site remained normal. The Russian-installed management "
  "of the plant said Ukrainian forces had launched the drone, but Kyiv declined to comment. \"Nobody should attack a "
  "nuclear facility,\" Grossi said.\n",
  [S("IAEA", "says", "Drone hits training centre at Zaporizhzhia nuclear plant", ["IAEA"]),
   S("the International Atomic Energy Agency", "said",
     "A drone struck the training centre of the Zaporizhzhia nuclear power plant on Sunday",
     ["International Atomic Energy Agency"]),
   S("IAEA Director General Rafael Grossi", "told", "radiation levels at the site remained normal"),
   S("The Russian-installed management of the plant", "said", "Ukrainian forces had launched the drone"),
   S("Grossi", "said", "Nobody should attack a nuclear facility")])
A("en03", "en", "tune",
  "MANILA, Nov 9 (Reuters) - Chinese coast guard ships fired water cannon at a Philippine supply boat near Second "
  "Thomas Shoal on Saturday, the Philippine coast guard said. Its spokesman, Jay Tarriela, told reporters that two "
  "crew members suffered minor injuries. In Beijing, officials said the Philippine boat had entered Chinese waters "
  "without permission. According to a statement from the U.S. State Department, Washington stands with its ally.\n",
  [S("the Philippine coast guard", "said",
     "Chinese coast guard ships fired water cannon at a Philippine supply boat near Second Thomas Shoal on Saturday"),
   S("Its spokesman, Jay Tarriela", "told", "two crew members suffered minor injuries"),
   S("officials", "said", "the Philippine boat had entered Chinese waters without permission"),
   S("a statement from the U.S. State Department", "According to", "Washington stands with its ally")])
A("en04", "en", "held_out",
  "MAIDUGURI, Nigeria, Jan 29 (Reuters) - Islamic State West Africa Province fighters killed at least 14 farmers "
  "near the town of Dikwa on Tuesday, two local officials said. Borno state governor Babagana Zulum told reporters "
  "that the attackers had arrived on motorcycles. A militia leader said the fighters had burned a grain store; the "
  "army declined to comment. In Abuja, the presidency said security forces had been ordered to pursue the attackers.\n",
  [S("two local officials", "said",
     "Islamic State West Africa Province fighters killed at least 14 farmers near the town of Dikwa on Tuesday"),
   S("Borno state governor Babagana Zulum", "told", "the attackers had arrived on motorcycles"),
   S("A militia leader", "said", "the fighters had burned a grain store"),
   S("the presidency", "said", "security forces had been ordered to pursue the attackers")])
A("en05", "en", "held_out",
  "Insurgents raid Mozambique town, aid group says\n\n"
  "PEMBA, Mozambique, May 16 - Insurgents raided the town of Macomia in Cabo Delgado province on Friday, Doctors "
  "Without Borders said. The International Organization for Migration said more than 6,000 people had fled toward "
  "the coast. A local official told Lusa news agency that the army had retaken the town by evening, but TotalEnergies "
  "declined to comment. In Maputo, officials said the situation was under control.\n",
  [S("aid group", "says", "Insurgents raid Mozambique town"),
   S("Doctors Without Borders", "said", "Insurgents raided the town of Macomia in Cabo Delgado province on Friday"),
   S("The International Organization for Migration", "said", "more than 6,000 people had fled toward the coast",
     ["International Organization for Migration"]),
   S("A local official", "told", "the army had retaken the town by evening", ["Lusa", "A local official"]),
   S("officials", "said", "the situation was under control")])
A("en06", "en", "held_out",
  "TRIPOLI, Libya, July 3 (AP) - Clashes between rival militias in the capital killed at least eight people overnight, "
  "the health ministry of the Tripoli-based government said. The U.N. Support Mission in Libya said it was \"deeply "
  "alarmed\" and called for an immediate ceasefire. A resident of the Souq al-Juma district told The Associated Press "
  "by phone that heavy gunfire had lasted until dawn. The Radaa force said it had only defended its positions; the "
  "interior ministry declined to comment.\n",
  [S("the health ministry of the Tripoli-based government", "said",
     "Clashes between rival militias in the capital killed at least eight people overnight"),
   S("The U.N. Support Mission in Libya", "said", "deeply alarmed", ["U.N. Support Mission in Libya"]),
   S("A resident of the Souq al-Juma district", "told", "heavy gunfire had lasted until dawn",
     ["Associated Press", "A resident of the Souq al-Juma district"]),
   S("The Radaa force", "said", "it had only defended its positions")])

# ---------------- French ----------------
A("fr01", "fr", "tune",
  "N'DJAMENA, 21 février (AFP) - Des combats ont opposé mardi l'armée soudanaise et les Forces de soutien rapide près "
  "de la frontière tchadienne. Le ministère soudanais de la Santé, qui publie chaque jour un bilan des victimes, a "
  "fait état de onze morts. Le porte-parole du ministère tchadien des Affaires étrangères a déclaré que le Tchad "
  "n'était « partie à aucun conflit ». Selon le Haut-Commissariat des Nations unies pour les réfugiés, 3 000 "
  "personnes ont franchi la frontière en deux jours.\n",
  [S("Le ministère soudanais de la Santé", "fait état", "onze morts"),
   S("Le porte-parole du ministère tchadien des Affaires étrangères", "déclaré",
     "le Tchad n'était « partie à aucun conflit »"),
   S("le Haut-Commissariat des Nations unies pour les réfugiés", "Selon",
     "3 000 personnes ont franchi la frontière en deux jours",
     ["Haut-Commissariat des Nations unies pour les réfugiés"])])
A("fr02", "fr", "tune",
  "KIEV, 9 octobre (Reuters) - Le chef de l'administration militaire de la région de Zaporijjia a annoncé jeudi que "
  "deux civils avaient été tués dans un bombardement. L'Agence internationale de l'énergie atomique a indiqué que la "
  "centrale nucléaire avait perdu son alimentation électrique externe pendant cinq heures. À Moscou, on affirme que "
  "l'armée ukrainienne a visé la ligne à haute tension. Le gouverneur a assuré que les réparations avaient commencé, "
  "mais le ministère russe de la Défense a refusé de commenter.\n",
  [S("Le chef de l'administration militaire de la région de Zaporijjia", "annoncé",
     "deux civils avaient été tués dans un bombardement"),
   S("L'Agence internationale de l'énergie atomique", "indiqué",
     "la centrale nucléaire avait perdu son alimentation électrique externe pendant cinq heures",
     ["Agence internationale de l'énergie atomique"]),
   S("À Moscou", "affirme", "l'armée ukrainienne a visé la ligne à haute tension"),
   S("Le gouverneur", "assuré", "les réparations avaient commencé")])
A("fr03", "fr", "tune",
  "Centrafrique : la Minusca dénonce une attaque contre ses casques bleus\n\n"
  "BANGUI, 4 juin - Un casque bleu a été tué et deux autres blessés lors d'une embuscade près de Bambari, a annoncé "
  "dimanche la mission de l'ONU en Centrafrique. Le ministre centrafricain de la Communication a condamné « un acte "
  "lâche ». D'après un responsable local joint par téléphone, les assaillants sont repartis vers la brousse. « Nous "
  "renforçons nos patrouilles », a déclaré un officier de la Minusca.\n",
  [S("la mission de l'ONU en Centrafrique", "annoncé",
     "Un casque bleu a été tué et deux autres blessés lors d'une embuscade près de Bambari",
     ["mission de l'ONU en Centrafrique"]),
   S("Le ministre centrafricain de la Communication", "condamné", "un acte lâche"),
   S("un responsable local", "D'après", "les assaillants sont repartis vers la brousse"),
   S("un officier de la Minusca", "déclaré", "Nous renforçons nos patrouilles")])
A("fr04", "fr", "held_out",
  "YAOUNDÉ, 12 septembre (AFP) - Le gouverneur de la région du Nord-Ouest a annoncé lundi la levée du couvre-feu à "
  "Bamenda. Le porte-parole de l'armée camerounaise a affirmé que six séparatistes avaient été tués ; les chefs "
  "séparatistes ont refusé de commenter. À Yaoundé, on assure que la situation est redevenue calme. Un enseignant de "
  "Bamenda a confié à l'AFP que les écoles restaient fermées.\n",
  [S("Le gouverneur de la région du Nord-Ouest", "annoncé", "la levée du couvre-feu à Bamenda"),
   S("Le porte-parole de l'armée camerounaise", "affirmé", "six séparatistes avaient été tués"),
   S("À Yaoundé", "assure", "la situation est redevenue calme"),
   S("Un enseignant de Bamenda", "confié", "les écoles restaient fermées", ["AFP", "Un enseignant de Bamenda"])])
A("fr05", "fr", "held_out",
  "BEYROUTH, 17 janvier (Reuters) - Le ministère turc de la Défense a annoncé mercredi avoir frappé des positions "
  "kurdes dans le nord de la Syrie. L'Observatoire syrien des droits de l'homme, qui s'appuie sur un réseau de sources "
  "sur le terrain, a fait état de neuf morts parmi les combattants. Les Forces démocratiques syriennes ont dénoncé « "
  "une agression contre les civils ». Le porte-parole du département d'État américain a appelé à la retenue.\n",
  [S("Le ministère turc de la Défense", "annoncé", "avoir frappé des positions kurdes dans le nord de la Syrie"),
   S("L'Observatoire syrien des droits de l'homme", "fait état", "neuf morts parmi les combattants"),
   S("Les Forces démocratiques syriennes", "dénoncé", "une agression contre les civils"),
   S("Le porte-parole du département d'État américain", "appelé", "à la retenue")])
A("fr06", "fr", "held_out",
  "Somalie : un cargo attaqué par des pirates présumés\n\n"
  "DJIBOUTI, 30 mars - Des hommes armés ont tenté d'aborder un cargo au large d'Eyl, a signalé l'agence britannique "
  "de sécurité maritime UKMTO. L'opération européenne Atalante a indiqué qu'une frégate espagnole avait été envoyée "
  "sur zone. L'armateur a déclaré que l'équipage s'était réfugié dans la citadelle, mais les autorités du Puntland ont "
  "refusé de commenter. Selon un pêcheur d'Eyl, les pirates sont revenus à terre dans la soirée.\n",
  [S("l'agence britannique de sécurité maritime UKMTO", "signalé",
     "Des hommes armés ont tenté d'aborder un cargo au large d'Eyl", ["UKMTO"]),
   S("L'opération européenne Atalante", "indiqué", "une frégate espagnole avait été envoyée sur zone"),
   S("L'armateur", "déclaré", "l'équipage s'était réfugié dans la citadelle"),
   S("un pêcheur d'Eyl", "Selon", "les pirates sont revenus à terre dans la soirée")])

# ---------------- Russian ----------------
A("ru01", "ru", "tune",
  "БИШКЕК, 15 апреля — Пограничная служба Таджикистана сообщила, что киргизские военные обстреляли заставу в "
  "Исфаринском районе. В Бишкеке эти обвинения назвали провокацией. Как заявил пресс-секретарь ГКНБ Киргизии, "
  "таджикская сторона первой открыла огонь. По словам местного жителя, стрельба продолжалась около часа.\n",
  [S("Пограничная служба Таджикистана", "сообщила", "киргизские военные обстреляли заставу в Исфаринском районе"),
   S("В Бишкеке", "назвали", "провокацией"),
   S("пресс-секретарь ГКНБ Киргизии", "заявил", "таджикская сторона первой открыла огонь"),
   S("местного жителя", "По словам", "стрельба продолжалась около часа")])
A("ru02", "ru", "tune",
  "ВЕНА, 22 мая — МАГАТЭ сообщило, что у Запорожской АЭС снова оборвалась последняя линия внешнего питания. "
  "Генеральный директор агентства Рафаэль Гросси заявил журналистам, что ситуация остается «крайне хрупкой». "
  "Руководство станции сообщило, что линию повредил украинский беспилотник, однако в Минэнерго Украины от комментариев "
  "отказались. В Киеве заявили, что российская сторона сама обстреливает станцию.\n",
  [S("МАГАТЭ", "сообщило", "у Запорожской АЭС снова оборвалась последняя линия внешнего питания", ["МАГАТЭ"]),
   S("Генеральный директор агентства Рафаэль Гросси", "заявил", "ситуация остается «крайне хрупкой»"),
   S("Руководство станции", "сообщило", "линию повредил украинский беспилотник"),
   S("В Киеве", "заявили", "российская сторона сама обстреливает станцию")])
A("ru03", "ru", "tune",
  "Танкер подвергся нападению в Ормузском проливе\n\n"
  "ДУБАЙ, 8 июля — Британский центр морских торговых операций UKMTO сообщил, что к танкеру приблизились два "
  "вооруженных катера. Капитан судна сообщил, что экипаж не пострадал. В Тегеране эти сообщения назвали "
  "выдумкой. Как передает агентство Reuters, танкер следовал под флагом Панамы.\n",
  [S("Британский центр морских торговых операций UKMTO", "сообщил", "к танкеру приблизились два вооруженных катера",
     ["UKMTO"]),
   S("Капитан судна", "сообщил", "экипаж не пострадал"),
   S("В Тегеране", "назвали", "выдумкой"),
   S("агентство Reuters", "передает", "танкер следовал под флагом Панамы")])
A("ru04", "ru", "held_out",
  "БЕЛГРАД, 25 сентября — Миссия НАТО в Косово KFOR сообщила, что усилила патрулирование на севере края после "
  "перестрелки в селе Баньска. В Белграде заявили, что косовская полиция применяет силу против мирных сербов. Премьер "
  "Косово Альбин Курти назвал нападавших «террористами». По данным косовской полиции, погиб один полицейский.\n",
  [S("Миссия НАТО в Косово KFOR", "сообщила",
     "усилила патрулирование на севере края после перестрелки в селе Баньска", ["KFOR"]),
   S("В Белграде", "заявили", "косовская полиция применяет силу против мирных сербов"),
   S("Премьер Косово Альбин Курти", "назвал", "террористами"),
   S("косовской полиции", "По данным", "погиб один полицейский")])
A("ru05", "ru", "held_out",
  "КУРСК, 2 октября — Губернатор Курской области сообщил в Telegram, что беспилотник атаковал подстанцию в Рыльске. "
  "Минобороны России заявило, что силы ПВО за ночь сбили 17 дронов, однако в ведомстве отказались от комментариев о "
  "разрушениях. По словам жителя Рыльска, в части города пропал свет. «Ремонтные бригады уже работают», — сказал "
  "глава района.\n",
  [S("Губернатор Курской области", "сообщил", "беспилотник атаковал подстанцию в Рыльске"),
   S("Минобороны России", "заявило", "силы ПВО за ночь сбили 17 дронов"),
   S("жителя Рыльска", "По словам", "в части города пропал свет"),
   S("глава района", "сказал", "Ремонтные бригады уже работают")])
A("ru06", "ru", "held_out",
  "ИСЛАМАБАД, 11 декабря — Межведомственная пресс-служба вооруженных сил Пакистана сообщила, что в провинции "
  "Белуджистан убиты шесть боевиков. В Кабуле заявили, что пакистанская авиация нанесла удар по афганской территории. "
  "Управление ООН по координации гуманитарных вопросов сообщило, что сотни семей покинули приграничные деревни. "
  "Представитель талибов сказал агентству AFP, что Кабул «оставляет за собой право на ответ».\n",
  [S("Межведомственная пресс-служба вооруженных сил Пакистана", "сообщила",
     "в провинции Белуджистан убиты шесть боевиков"),
   S("В Кабуле", "заявили", "пакистанская авиация нанесла удар по афганской территории"),
   S("Управление ООН по координации гуманитарных вопросов", "сообщило",
     "сотни семей покинули приграничные деревни", ["Управление ООН по координации гуманитарных вопросов"]),
   S("Представитель талибов", "сказал", "Кабул «оставляет за собой право на ответ»", ["AFP", "Представитель талибов"])])

# ---------------- Ukrainian ----------------
A("uk01", "uk", "tune",
  "ТБІЛІСІ, 19 березня — Служба державної безпеки Грузії заявила, що затримала трьох осіб за підозрою в підготовці "
  "диверсії. У Москві заявили, що звинувачення Тбілісі безпідставні. Як повідомляє видання Civil.ge, затримані є "
  "громадянами Грузії. Речник опозиційної партії сказав, що арешти мають політичний характер.\n",
  [S("Служба державної безпеки Грузії", "заявила", "затримала трьох осіб за підозрою в підготовці диверсії"),
   S("У Москві", "заявили", "звинувачення Тбілісі безпідставні"),
   S("видання Civil.ge", "повідомляє", "затримані є громадянами Грузії"),
   S("Речник опозиційної партії", "сказав", "арешти мають політичний характер")])
A("uk02", "uk", "tune",
  "ЕНЕРГОДАР, 3 липня — МАГАТЕ повідомило, що на території Запорізької АЕС пролунали вибухи. Енергоатом заявив, що "
  "окупанти розмістили на станції військову техніку, але в Росатомі від коментарів відмовилися. За словами "
  "генерального директора агентства Рафаеля Гроссі, ядерна безпека станції під загрозою. «Ми вимагаємо повернення "
  "станції під контроль України», — сказав міністр енергетики.\n",
  [S("МАГАТЕ", "повідомило", "на території Запорізької АЕС пролунали вибухи", ["МАГАТЕ"]),
   S("Енергоатом", "заявив", "окупанти розмістили на станції військову техніку"),
   S("генерального директора агентства Рафаеля Гроссі", "За словами", "ядерна безпека станції під загрозою"),
   S("міністр енергетики", "сказав", "Ми вимагаємо повернення станції під контроль України")])
A("uk03", "uk", "tune",
  "Британське агентство повідомило про інцидент із суховантажем у Чорному морі\n\n"
  "ОДЕСА, 27 серпня — Британське агентство морської безпеки UKMTO повідомило, що суховантаж підірвався на міні "
  "поблизу Ізмаїла. Капітан порту розповів, що судно отримало пробоїну вище ватерлінії. У Москві заявили, що "
  "причетність до інциденту заперечують. Як передає Суспільне, постраждалих немає.\n",
  [S("Британське агентство", "повідомило", "про інцидент із суховантажем у Чорному морі"),
   S("Британське агентство морської безпеки UKMTO", "повідомило", "суховантаж підірвався на міні поблизу Ізмаїла",
     ["UKMTO"]),
   S("Капітан порту", "розповів", "судно отримало пробоїну вище ватерлінії"),
   S("У Москві", "заявили", "причетність до інциденту заперечують"),
   S("Суспільне", "передає", "постраждалих немає")])
A("uk04", "uk", "held_out",
  "БУДАПЕШТ, 6 листопада — Уряд Угорщини заблокував рішення ЄС про новий пакет допомоги Україні, повідомив міністр "
  "закордонних справ Петер Сіярто. У Будапешті заявили, що Угорщина не фінансуватиме постачання зброї. Речник "
  "Єврокомісії сказав, що рішення буде ухвалено без Угорщини. За даними видання Politico, Словаччина теж має "
  "застереження.\n",
  [S("міністр закордонних справ Петер Сіярто", "повідомив",
     "Уряд Угорщини заблокував рішення ЄС про новий пакет допомоги Україні"),
   S("У Будапешті", "заявили", "Угорщина не фінансуватиме постачання зброї"),
   S("Речник Єврокомісії", "сказав", "рішення буде ухвалено без Угорщини"),
   S("видання Politico", "За даними", "Словаччина теж має застереження")])
A("uk05", "uk", "held_out",
  "ЖИТОМИР, 14 січня — Державна прикордонна служба повідомила, що білоруські підрозділи перекинули до кордону "
  "додаткову техніку. У Мінську заявили, що проводять планові навчання. Речник ДПСУ Андрій Демченко сказав, що загрози "
  "наступу з півночі немає, але в Міноборони від коментарів відмовилися. Як повідомляє Укрінформ, у прикордонних "
  "селах посилили патрулювання.\n",
  [S("Державна прикордонна служба", "повідомила", "білоруські підрозділи перекинули до кордону додаткову техніку"),
   S("У Мінську", "заявили", "проводять планові навчання"),
   S("Речник ДПСУ Андрій Демченко", "сказав", "загрози наступу з півночі немає"),
   S("Укрінформ", "повідомляє", "у прикордонних селах посилили патрулювання")])
A("uk06", "uk", "held_out",
  "ЖЕНЕВА, 20 травня — Управління ООН з координації гуманітарних питань повідомило, що внаслідок обстрілу Херсона "
  "загинули двоє волонтерів. Голова Херсонської ОВА Олександр Прокудін заявив, що росіяни вдарили по пункту видачі "
  "допомоги. Речник Кремля Дмитро Пєсков сказав, що не має інформації про удар. За словами волонтерів, евакуація "
  "з прибережних сіл триває.\n",
  [S("Управління ООН з координації гуманітарних питань", "повідомило", "внаслідок обстрілу Херсона загинули двоє волонтерів",
     ["Управління ООН з координації гуманітарних питань"]),
   S("Голова Херсонської ОВА Олександр Прокудін", "заявив", "росіяни вдарили по пункту видачі допомоги"),
   S("Речник Кремля Дмитро Пєсков", "сказав", "не має інформації про удар"),
   S("волонтерів", "За словами", "евакуація з прибережних сіл триває")])

ART.write(OUT, "wire21")
