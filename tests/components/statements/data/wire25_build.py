"""Writes wire25_tune.json / wire25_held_out.json (hand-written articles, expected statements).

    python tests/components/statements/data/wire25_build.py tests/components/statements/data

Same format as wire19-24 (scored by ``wire19_score.py --set wire25``).  Rich in a headline whose speaker
stands before a colon ("Somali president: al-Shabaab is on the run", "Ouattara : ...", "Лавров: ...",
"Кулеба: ..."), agency attributions to unnamed sources ("according to sources familiar with the matter",
"selon des sources proches du dossier", "по данным источников", "как сообщает ТАСС со ссылкой на ...",
"за даними джерел", "як повідомляє Укрінформ з посиланням на ..."), French inverted cues with a pronoun
("a-t-il assuré", "a-t-elle ajouté", "ont-ils affirmé") with the quotation split around them, question
and interview forms ("Asked whether ..., he said", "Interrogé sur ..., il a répondu que", "На вопрос
журналистов о ..., он ответил", "На запитання журналістів про ..., він відповів") and an acting office
abbreviated "и.о." / "в.о." before its holder; ordinary attribution around them."""
import sys

from wire_build import Articles, S

OUT = sys.argv[1]
ART = Articles()
A = ART.add


# ---------------- English ----------------
A("en01", "en", "tune",
  "Somali president: al-Shabaab is on the run\n\n"
  "MOGADISHU, Jan 22 (Reuters) - Somali troops retook the coastal town of Harardhere from al-Shabaab fighters on "
  "Sunday, the defence ministry said. President Hassan Sheikh Mohamud told parliament the militants were "
  "retreating towards the Ethiopian border. Asked whether African Union troops had taken part, he said the "
  "operation was led by Somali forces alone. A district elder said by phone that at least 11 civilians had died.\n",
  [S("Somali president", ":", "al-Shabaab is on the run"),
   S("the defence ministry", "said",
     "Somali troops retook the coastal town of Harardhere from al-Shabaab fighters on Sunday"),
   S("President Hassan Sheikh Mohamud", "told", "the militants were retreating towards the Ethiopian border"),
   S("he", "said", "the operation was led by Somali forces alone"),
   S("A district elder", "said", "at least 11 civilians had died")])
A("en02", "en", "tune",
  "KIRKUK, Iraq, Sept 3 (AP) - Two people were killed when Kurdish and Arab protesters clashed outside the "
  "governorate building in Kirkuk, a police officer said. Baghdad has imposed a curfew on the city, according to "
  "sources familiar with the matter. Prime Minister Mohammed Shia al-Sudani ordered an investigation, his office "
  "said in a statement. The Kurdistan Democratic Party accused security forces of firing on its supporters.\n",
  [S("a police officer", "said",
     "Two people were killed when Kurdish and Arab protesters clashed outside the governorate building in Kirkuk"),
   S("sources familiar with the matter", "according to", "Baghdad has imposed a curfew on the city"),
   S("his office", "said", "Prime Minister Mohammed Shia al-Sudani ordered an investigation"),
   S("The Kurdistan Democratic Party", "accused", "security forces of firing on its supporters")])
A("en03", "en", "tune",
  "Kosovo PM: Serbia armed the gunmen\n\n"
  "PRISTINA, Sept 25 (Reuters) - A Kosovo police officer was killed and another wounded in an ambush near the "
  "village of Banjska, police said on Sunday. Prime Minister Albin Kurti told a news conference that the attackers "
  "were professionals backed by Belgrade. Asked whether NATO peacekeepers would reinforce the border, a KFOR "
  "spokesman said the mission was ready to act. Serbia's president denied that Belgrade had any role.\n",
  [S("Kosovo PM", ":", "Serbia armed the gunmen"),
   S("police", "said",
     "A Kosovo police officer was killed and another wounded in an ambush near the village of Banjska"),
   S("Prime Minister Albin Kurti", "told", "the attackers were professionals backed by Belgrade"),
   S("a KFOR spokesman", "said", "the mission was ready to act"),
   S("Serbia's president", "denied", "Belgrade had any role")])
A("en04", "en", "held_out",
  "Pakistan army: 12 militants killed in Balochistan raid\n\n"
  "QUETTA, Pakistan, March 12 (Reuters) - Security forces killed 12 militants in a raid in Balochistan province, "
  "the army's media wing said on Tuesday. Two soldiers also died in the operation, according to sources familiar "
  "with the matter. Asked whether the raid was linked to the train hijacking, provincial spokesman Shahid Rind "
  "said investigators were still looking into it.\n",
  [S("Pakistan army", ":", "12 militants killed in Balochistan raid"),
   S("the army's media wing", "said", "Security forces killed 12 militants in a raid in Balochistan province"),
   S("sources familiar with the matter", "according to", "Two soldiers also died in the operation"),
   S("provincial spokesman Shahid Rind", "said", "investigators were still looking into it")])
A("en05", "en", "held_out",
  "GOMA, Congo, Jan 27 (AP) - Rebels of the M23 group entered the centre of Goma overnight, two U.N. officials told "
  "The Associated Press. Congo's communications minister said the army still held the airport. Asked whether Kinshasa "
  "would talk to the rebels, he said there would be no negotiations under fire. Hospitals are overwhelmed with "
  "wounded, according to people familiar with the matter.\n",
  [S("two U.N. officials", "told", "Rebels of the M23 group entered the centre of Goma overnight",
     ["Associated Press", "Anonymous"]),
   S("Congo's communications minister", "said", "the army still held the airport"),
   S("he", "said", "there would be no negotiations under fire"),
   S("people familiar with the matter", "according to", "Hospitals are overwhelmed with wounded")])
A("en06", "en", "held_out",
  "TBILISI, Dec 1 (Reuters) - Police used water cannon against protesters outside parliament in Tbilisi for a third "
  "night, the interior ministry said. President Salome Zourabichvili said in a televised address that the government "
  "had no mandate. Asked whether she would leave office when her term ends, she said she would stay. Some 200 "
  "people have been detained, according to a rights group.\n",
  [S("the interior ministry", "said",
     "Police used water cannon against protesters outside parliament in Tbilisi for a third night"),
   S("President Salome Zourabichvili", "said", "the government had no mandate"),
   S("she", "said", "she would stay"),
   S("a rights group", "according to", "Some 200 people have been detained")])

# ---------------- French ----------------
A("fr01", "fr", "tune",
  "Mali : l'armée affirme avoir repris Kidal\n\n"
  "BAMAKO, 14 novembre (AFP) - L'armée malienne a pris le contrôle de Kidal, bastion des rebelles touareg, a annoncé "
  "mardi la présidence de la transition. « Nos forces ont été accueillies par la population », a-t-elle ajouté. "
  "Selon des sources proches du dossier, des mercenaires russes ont participé à l'offensive. Les rebelles ont "
  "qualifié ce retrait de « repli stratégique ».\n",
  [S("l'armée", "affirme", "avoir repris Kidal"),
   S("la présidence de la transition", "annoncé",
     "L'armée malienne a pris le contrôle de Kidal, bastion des rebelles touareg"),
   S("elle", "a-t-elle ajouté", "Nos forces ont été accueillies par la population"),
   S("des sources proches du dossier", "Selon", "des mercenaires russes ont participé à l'offensive"),
   S("Les rebelles", "qualifié", "ce retrait de « repli stratégique »")])
A("fr02", "fr", "tune",
  "NIAMEY, 3 août (AFP) - Des milliers de partisans de la junte ont manifesté devant l'ambassade de France à Niamey, "
  "a constaté un journaliste de l'AFP. « Nous ne reculerons pas, a-t-il assuré, la France doit partir. » Interrogé "
  "sur une éventuelle intervention de la Cédéao, le porte-parole de la junte a répondu que l'armée était prête. "
  "Selon des sources proches du dossier, les vols vers Paris sont suspendus.\n",
  [S("un journaliste de l'AFP", "constaté",
     "Des milliers de partisans de la junte ont manifesté devant l'ambassade de France à Niamey"),
   S("il", "a-t-il assuré", "Nous ne reculerons pas, a-t-il assuré, la France doit partir"),
   S("le porte-parole de la junte", "répondu", "l'armée était prête"),
   S("des sources proches du dossier", "Selon", "les vols vers Paris sont suspendus")])
A("fr03", "fr", "tune",
  "N'DJAMENA, 9 janvier (Reuters) - Des hommes armés ont attaqué la présidence tchadienne mercredi soir, a déclaré le "
  "porte-parole du gouvernement, Abderaman Koulamallah. « La situation est sous contrôle », a-t-il assuré à la "
  "télévision nationale. Les ministres de la Défense et de la Sécurité se sont rendus sur place. « Les assaillants "
  "ont été neutralisés », ont-ils affirmé. D'après une source sécuritaire, 18 assaillants ont été tués.\n",
  [S("le porte-parole du gouvernement, Abderaman Koulamallah", "déclaré",
     "Des hommes armés ont attaqué la présidence tchadienne mercredi soir"),
   S("il", "a-t-il assuré", "La situation est sous contrôle"),
   S("ils", "ont-ils affirmé", "Les assaillants ont été neutralisés"),
   S("une source sécuritaire", "D'après", "18 assaillants ont été tués")])
A("fr04", "fr", "held_out",
  "Burkina : le capitaine Traoré dénonce un complot\n\n"
  "OUAGADOUGOU, 27 septembre (AFP) - Une tentative de coup d'État a été déjouée, a annoncé mercredi soir le "
  "gouvernement burkinabè. « Des officiers et d'autres acteurs ont été interpellés », a-t-il précisé dans un "
  "communiqué. Selon des sources proches du dossier, quatre officiers sont en détention. Interrogé sur le rôle de "
  "pays voisins, le ministre de la Sécurité a répondu que l'enquête le dirait.\n",
  [S("le capitaine Traoré", "dénonce", "un complot"),
   S("le gouvernement burkinabè", "annoncé", "Une tentative de coup d'État a été déjouée"),
   S("il", "a-t-il précisé", "Des officiers et d'autres acteurs ont été interpellés"),
   S("des sources proches du dossier", "Selon", "quatre officiers sont en détention"),
   S("le ministre de la Sécurité", "répondu", "l'enquête le dirait")])
A("fr05", "fr", "held_out",
  "Touadéra : la Centrafrique ne cédera pas aux rebelles\n\n"
  "BANGUI, 18 avril (Reuters) - Des combattants rebelles ont attaqué une base de la Minusca près de Bambari, a "
  "indiqué jeudi la mission de l'ONU. « Un casque bleu a été tué, a-t-elle ajouté, et deux autres blessés. » Les "
  "rebelles de l'UPC ont publié un communiqué. « Nous n'avons jamais visé les Nations unies », ont-ils affirmé. "
  "Selon des sources proches du dossier, des renforts ont été envoyés depuis Bangui.\n",
  [S("Touadéra", ":", "la Centrafrique ne cédera pas aux rebelles"),
   S("la mission de l'ONU", "indiqué", "Des combattants rebelles ont attaqué une base de la Minusca près de Bambari"),
   S("elle", "a-t-elle ajouté", "Un casque bleu a été tué, a-t-elle ajouté, et deux autres blessés"),
   S("ils", "ont-ils affirmé", "Nous n'avons jamais visé les Nations unies"),
   S("des sources proches du dossier", "Selon", "des renforts ont été envoyés depuis Bangui")])
A("fr06", "fr", "held_out",
  "IDLIB, 5 mars (AFP) - Des frappes aériennes ont fait au moins neuf morts dans un marché au sud d'Idlib, a rapporté "
  "l'Observatoire syrien des droits de l'homme. « Les avions ont frappé deux fois le même endroit », a raconté à "
  "l'AFP un secouriste. « Nous avons sorti des enfants des décombres », a-t-il ajouté. Interrogé sur ces frappes, un "
  "responsable militaire a assuré que seuls des dépôts d'armes étaient visés.\n",
  [S("l'Observatoire syrien des droits de l'homme", "rapporté",
     "Des frappes aériennes ont fait au moins neuf morts dans un marché au sud d'Idlib"),
   S("un secouriste", "raconté", "Les avions ont frappé deux fois le même endroit", ["AFP", "un secouriste"]),
   S("il", "a-t-il ajouté", "Nous avons sorti des enfants des décombres"),
   S("un responsable militaire", "assuré", "seuls des dépôts d'armes étaient visés")])

# ---------------- Russian ----------------
A("ru01", "ru", "tune",
  "Лавров: Запад провоцирует эскалацию в Закавказье\n\n"
  "МОСКВА, 19 сентября — Министр иностранных дел России Сергей Лавров заявил, что Москва не допустит новой войны "
  "в регионе. По данным источников в правительстве Армении, переговоры в Брюсселе отложены. На вопрос журналистов о "
  "судьбе миротворцев он ответил, что контингент останется в Ханкенди.\n",
  [S("Лавров", ":", "Запад провоцирует эскалацию в Закавказье"),
   S("Министр иностранных дел России Сергей Лавров", "заявил", "Москва не допустит новой войны в регионе"),
   S("источников в правительстве Армении", "По данным", "переговоры в Брюсселе отложены"),
   S("он", "ответил", "контингент останется в Ханкенди")])
A("ru02", "ru", "tune",
  "ТИРАСПОЛЬ, 6 марта — Беспилотник атаковал воинскую часть в Приднестровье, сообщил и.о. министра внутренних дел "
  "республики Виталий Нейгер. Как сообщает ТАСС со ссылкой на источник в силовых структурах, пострадавших нет. "
  "В Кишиневе заявили, что считают инцидент провокацией.\n",
  [S("и.о. министра внутренних дел республики Виталий Нейгер", "сообщил",
     "Беспилотник атаковал воинскую часть в Приднестровье"),
   S("ТАСС", "сообщает", "пострадавших нет", ["TASS", "источник в силовых структурах"]),
   S("В Кишиневе", "заявили", "считают инцидент провокацией")])
A("ru03", "ru", "tune",
  "ТБИЛИСИ, 29 апреля — Полиция применила слезоточивый газ против участников акции у здания парламента, сообщило "
  "МВД Грузии. По данным источников, задержаны более 60 человек. На вопрос журналистов о возможных санкциях премьер-"
  "министр Ираклий Кобахидзе ответил, что Грузия не примет ультиматумов. Оппозиция заявила, что продолжит протесты.\n",
  [S("МВД Грузии", "сообщило", "Полиция применила слезоточивый газ против участников акции у здания парламента"),
   S("источников", "По данным", "задержаны более 60 человек"),
   S("премьер-министр Ираклий Кобахидзе", "ответил", "Грузия не примет ультиматумов"),
   S("Оппозиция", "заявила", "продолжит протесты")])
A("ru04", "ru", "held_out",
  "Кравченко: атака на Новороссийск отражена\n\n"
  "НОВОРОССИЙСК, 17 мая — Безэкипажные катера пытались атаковать порт Новороссийск, сообщил и.о. главы города "
  "Андрей Кравченко. По данным источников, повреждений инфраструктуры нет. На вопрос журналистов о причинах атаки "
  "он ответил, что расследование продолжается.\n",
  [S("Кравченко", ":", "атака на Новороссийск отражена"),
   S("и.о. главы города Андрей Кравченко", "сообщил", "Безэкипажные катера пытались атаковать порт Новороссийск"),
   S("источников", "По данным", "повреждений инфраструктуры нет"),
   S("он", "ответил", "расследование продолжается")])
A("ru05", "ru", "held_out",
  "ЛАТАКИЯ, 8 марта — Столкновения между силами безопасности и вооруженными группами на побережье Сирии унесли "
  "жизни более 200 человек, сообщила Сирийская обсерватория по правам человека. Как сообщает ТАСС со ссылкой на "
  "источник в Дамаске, в регион переброшены подкрепления. Представитель МИД России Мария Захарова заявила, что "
  "Москва призывает стороны к сдержанности.\n",
  [S("Сирийская обсерватория по правам человека", "сообщила",
     "Столкновения между силами безопасности и вооруженными группами на побережье Сирии унесли жизни более 200 "
     "человек"),
   S("ТАСС", "сообщает", "в регион переброшены подкрепления", ["TASS", "источник в Дамаске"]),
   S("Представитель МИД России Мария Захарова", "заявила", "Москва призывает стороны к сдержанности")])
A("ru06", "ru", "held_out",
  "АЛМАТЫ, 5 января — Участники беспорядков захватили здание городской администрации, сообщил и.о. акима города. "
  "По данным источников в МВД, погибли восемь сотрудников полиции. На вопрос журналистов о вводе войск ОДКБ "
  "официальный представитель Кремля Дмитрий Песков ответил, что решение примут союзники. Президент Касым-Жомарт "
  "Токаев заявил, что порядок будет восстановлен.\n",
  [S("и.о. акима города", "сообщил", "Участники беспорядков захватили здание городской администрации"),
   S("источников в МВД", "По данным", "погибли восемь сотрудников полиции"),
   S("официальный представитель Кремля Дмитрий Песков", "ответил", "решение примут союзники"),
   S("Президент Касым-Жомарт Токаев", "заявил", "порядок будет восстановлен")])

# ---------------- Ukrainian ----------------
A("uk01", "uk", "tune",
  "Сєнкевич: евакуацію з Миколаєва не планують\n\n"
  "МИКОЛАЇВ, 2 липня — Унаслідок ракетного удару по Миколаєву пошкоджено дві школи, повідомив в.о. міського голови "
  "Олег Сєнкевич. За даними джерел, ракети запустили з акваторії Чорного моря. На запитання журналістів про "
  "евакуацію він відповів, що її не планують.\n",
  [S("Сєнкевич", ":", "евакуацію з Миколаєва не планують"),
   S("в.о. міського голови Олег Сєнкевич", "повідомив", "Унаслідок ракетного удару по Миколаєву пошкоджено дві школи"),
   S("джерел", "За даними", "ракети запустили з акваторії Чорного моря"),
   S("він", "відповів", "її не планують")])
A("uk02", "uk", "tune",
  "ІЗЮМ, 3 лютого — Російська ракета влучила в будівлю міськради, загинули троє людей, повідомив голова обласної "
  "військової адміністрації Олег Синєгубов. Як повідомляє Укрінформ з посиланням на поліцію, під завалами можуть "
  "бути люди. За даними джерел у Генштабі, удару завдали ракетою «Іскандер».\n",
  [S("голова обласної військової адміністрації Олег Синєгубов", "повідомив",
     "Російська ракета влучила в будівлю міськради, загинули троє людей"),
   S("Укрінформ", "повідомляє", "під завалами можуть бути люди", ["Ukrinform", "поліцію"]),
   S("джерел у Генштабі", "За даними", "удару завдали ракетою «Іскандер»")])
A("uk03", "uk", "tune",
  "Ващук: Хмельницька АЕС працює у штатному режимі\n\n"
  "ХМЕЛЬНИЦЬКИЙ, 16 травня — Уламки збитого дрона пошкодили лінію електропередачі, повідомив т.в.о. міського голови "
  "Микола Ващук. На запитання журналістів про стан станції він відповів, що енергоблоки працюють у штатному режимі. "
  "Повітряні сили заявили, що збили 20 з 25 дронів.\n",
  [S("Ващук", ":", "Хмельницька АЕС працює у штатному режимі"),
   S("т.в.о. міського голови Микола Ващук", "повідомив", "Уламки збитого дрона пошкодили лінію електропередачі"),
   S("він", "відповів", "енергоблоки працюють у штатному режимі"),
   S("Повітряні сили", "заявили", "збили 20 з 25 дронів")])
A("uk04", "uk", "held_out",
  "Коваль: Білорусь стягує техніку до кордону\n\n"
  "РІВНЕ, 11 жовтня — Прикордонники посилили охорону кордону з Білоруссю, повідомив в.о. голови обласної "
  "військової адміністрації Олександр Коваль. За даними джерел, біля кордону помічено колону техніки. На запитання "
  "журналістів про загрозу наступу він відповів, що її оцінюють як низьку.\n",
  [S("Коваль", ":", "Білорусь стягує техніку до кордону"),
   S("в.о. голови обласної військової адміністрації Олександр Коваль", "повідомив",
     "Прикордонники посилили охорону кордону з Білоруссю"),
   S("джерел", "За даними", "біля кордону помічено колону техніки"),
   S("він", "відповів", "її оцінюють як низьку")])
A("uk05", "uk", "held_out",
  "ЛУЦЬК, 21 березня — Унаслідок атаки дронів на промисловий об'єкт виникла пожежа, повідомив в.о. міського голови "
  "Ігор Поліщук. Як повідомляє Укрінформ з посиланням на ДСНС, пожежу вже локалізовано. Повітряні сили заявили, що "
  "дрони летіли з території Білорусі.\n",
  [S("в.о. міського голови Ігор Поліщук", "повідомив", "Унаслідок атаки дронів на промисловий об'єкт виникла пожежа"),
   S("Укрінформ", "повідомляє", "пожежу вже локалізовано", ["Ukrinform", "ДСНС"]),
   S("Повітряні сили", "заявили", "дрони летіли з території Білорусі")])
A("uk06", "uk", "held_out",
  "ІЗМАЇЛ, 24 серпня — Росія атакувала портову інфраструктуру на Дунаї, повідомив начальник обласної військової "
  "адміністрації Олег Кіпер. За даними джерел у Міноборони, пошкоджено зерновий термінал. На запитання журналістів "
  "про реакцію Румунії міністр закордонних справ Румунії відповів, що Бухарест засуджує удар.\n",
  [S("начальник обласної військової адміністрації Олег Кіпер", "повідомив",
     "Росія атакувала портову інфраструктуру на Дунаї"),
   S("джерел у Міноборони", "За даними", "пошкоджено зерновий термінал"),
   S("міністр закордонних справ Румунії", "відповів", "Бухарест засуджує удар")])

ART.write(OUT, "wire25")
