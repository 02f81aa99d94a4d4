"""Writes wire19_tune.json / wire19_held_out.json (hand-written articles, expected statements)."""
import sys

from wire_build import Articles, S

OUT = sys.argv[1]
ART = Articles()
A = ART.add

# ---------------- English ----------------
A("en01", "en", "tune",
  "NAIROBI, March 12 (Reuters) - Al Shabaab fighters attacked a military base in southern Somalia overnight, "
  "killing at least seven soldiers, a Somali army officer told Reuters. \"They came with two car bombs and then "
  "stormed the gate,\" said Captain Abdullahi Hassan, speaking by phone from Kismayo. The group did not comment on "
  "the attack. The African Union mission said it was sending reinforcements to the area.\n",
  [S("a Somali army officer", "told", "Al Shabaab fighters attacked a military base in southern Somalia overnight, killing at least seven soldiers", ["Reuters", "a Somali army officer"]),
   S("Captain Abdullahi Hassan", "said", "They came with two car bombs and then stormed the gate"),
   S("The African Union mission", "said", "it was sending reinforcements to the area")])
A("en02", "en", "tune",
  "WASHINGTON, May 4 - The United States is preparing a new package of sanctions against Iran's drone industry, "
  "The Wall Street Journal reported on Sunday, citing two US officials. The measures would target suppliers in China "
  "and the United Arab Emirates, the officials said. The Treasury Department, which said last month that it would "
  "tighten enforcement, declined to comment. Iran's foreign ministry spokesman Nasser Kanaani dismissed the report as "
  "\"psychological warfare.\"\n",
  [S("The Wall Street Journal", "reported", "The United States is preparing a new package of sanctions against Iran's drone industry", ["The Wall Street Journal", "two US officials"]),
   S("the officials", "said", "The measures would target suppliers in China and the United Arab Emirates"),
   S("The Treasury Department", "said", "it would tighten enforcement"),
   S("Iran's foreign ministry spokesman Nasser Kanaani", "dismissed", "psychological warfare.")])
A("en03", "en", "tune",
  "ELN denies role in Colombia pipeline bombing\n\n"
  "BOGOTA, Aug 9 (AP) - Colombia's National Liberation Army (ELN) on Friday denied carrying out Thursday's bombing "
  "of the Cano Limon-Covenas oil pipeline. \"We had no unit in that area,\" the rebel group said in a statement posted "
  "on X. The attack was reported to police by residents of Saravena, who heard two explosions before dawn. Defence "
  "Minister Ivan Velasquez said troops had found remains of an explosive device near the site.\n",
  [S("ELN", "denies", "role in Colombia pipeline bombing"),
   S("Colombia's National Liberation Army (ELN)", "denied", "carrying out Thursday's bombing of the Cano Limon-Covenas oil pipeline"),
   S("the rebel group", "said", "We had no unit in that area"),
   S("Defence Minister Ivan Velasquez", "said", "troops had found remains of an explosive device near the site")],
  "'reported to police' is no statement")
A("en04", "en", "tune",
  "Myanmar junta air strikes kill 11 in Sagaing village\n\n"
  "YANGON, Feb 2 (Reuters) - Air strikes by Myanmar's military killed at least 11 people, including four children, "
  "in a village in the Sagaing region on Saturday, according to a local resistance group. \"The jets came twice, the "
  "second time when people were pulling the wounded from the rubble,\" said a resident who asked not to be named for "
  "fear of reprisals. A junta spokesman, Major General Zaw Min Tun, told state television that the army had targeted "
  "a training camp of the People's Defence Force. The United Nations said it was alarmed by reports of civilian "
  "casualties.\n",
  [S("a local resistance group", "according to", "Air strikes by Myanmar's military killed at least 11 people, including four children, in a village in the Sagaing region on Saturday"),
   S("a resident", "said", "The jets came twice, the second time when people were pulling the wounded from the rubble"),
   S("A junta spokesman, Major General Zaw Min Tun", "told", "the army had targeted a training camp of the People's Defence Force"),
   S("The United Nations", "said", "it was alarmed by reports of civilian casualties")])
A("en05", "en", "held_out",
  "KHARTOUM, June 4 (Reuters) - Paramilitary Rapid Support Forces shelled a displacement camp near El Fasher on "
  "Tuesday, killing at least 15 people, a medical charity said. Doctors Without Borders said its hospital in the city "
  "had received 60 wounded in a single day. The RSF, which has denied targeting civilians in the past, said in a "
  "statement on Telegram that it had repelled an army offensive. A UN official, speaking on condition of anonymity, "
  "told Reuters that aid convoys had been blocked for three weeks.\n",
  [S("a medical charity", "said", "Paramilitary Rapid Support Forces shelled a displacement camp near El Fasher on Tuesday, killing at least 15 people"),
   S("Doctors Without Borders", "said", "its hospital in the city had received 60 wounded in a single day"),
   S("The RSF", "denied", "targeting civilians"),
   S("The RSF", "said", "it had repelled an army offensive"),
   S("A UN official", "told", "aid convoys had been blocked for three weeks", ["Reuters", "A UN official"])])
A("en06", "en", "held_out",
  "KYIV, Oct 15 - Germany will deliver two more IRIS-T air defence systems to Ukraine before the end of the year, "
  "Defence Minister Boris Pistorius announced during a visit to Kyiv on Monday. \"Ukraine's skies must be protected, "
  "and we will keep our word,\" Pistorius told a news conference. Ukrainian President Volodymyr Zelenskiy thanked "
  "Berlin and said Russia had launched more than 400 drones at Ukrainian cities in the past week. Russian forces "
  "captured the village of Kruhlyakivka in the Kharkiv region, according to the Russian Defence Ministry, a claim Kyiv "
  "did not confirm.\n",
  [S("Defence Minister Boris Pistorius", "announced", "Germany will deliver two more IRIS-T air defence systems to Ukraine before the end of the year"),
   S("Pistorius", "told", "Ukraine's skies must be protected, and we will keep our word"),
   S("Ukrainian President Volodymyr Zelenskiy", "said", "Russia had launched more than 400 drones at Ukrainian cities in the past week"),
   S("the Russian Defence Ministry", "according to", "Russian forces captured the village of Kruhlyakivka in the Kharkiv region")])
A("en07", "en", "held_out",
  "Netanyahu: Rafah operation will go ahead\n\n"
  "JERUSALEM, April 30 (AFP) - Israeli Prime Minister Benjamin Netanyahu said on Tuesday that the army would enter "
  "Rafah \"with or without a deal\" on the hostages. Hamas official Osama Hamdan told reporters in Beirut that the "
  "group was still studying the latest proposal. Egypt, which is mediating with Qatar, warned that an assault on the "
  "city would have \"catastrophic consequences.\" The Gaza health ministry said 34 people had been killed in the past "
  "24 hours.\n",
  [S("Netanyahu", ":", "Rafah operation will go ahead"),
   S("Israeli Prime Minister Benjamin Netanyahu", "said", "the army would enter Rafah \"with or without a deal\" on the hostages"),
   S("Hamas official Osama Hamdan", "told", "the group was still studying the latest proposal"),
   S("Egypt", "warned", "an assault on the city would have \"catastrophic consequences.\""),
   S("The Gaza health ministry", "said", "34 people had been killed in the past 24 hours")])
A("en08", "en", "held_out",
  "PORT-AU-PRINCE, Haiti, Sept 21 - Gang members set fire to a police station in the town of Mirebalais overnight "
  "and freed dozens of inmates, two police sources said on Saturday. Residents were told to leave their homes as the "
  "fighting spread, one of them said by telephone. The Kenyan-led security mission said its officers had been "
  "deployed to the area. The Miami Herald reported, citing a Haitian government document, that the prison held more "
  "than 500 people.\n",
  [S("two police sources", "said", "Gang members set fire to a police station in the town of Mirebalais overnight and freed dozens of inmates"),
   S("one of them", "said", "Residents were told to leave their homes as the fighting spread"),
   S("The Kenyan-led security mission", "said", "its officers had been deployed to the area"),
   S("The Miami Herald", "reported", "the prison held more than 500 people", ["The Miami Herald", "a Haitian government document"])],
  "'were told to leave' is no statement")

# ---------------- French ----------------
A("fr01", "fr", "tune",
  "BAMAKO, 12 janvier (AFP) - Le Niger a annoncé dimanche qu'il retirait ses troupes de la force conjointe du G5 "
  "Sahel. « Cette force n'a jamais atteint ses objectifs », a déclaré le porte-parole du gouvernement nigérien, le "
  "colonel Amadou Abdramane, à la télévision nationale. Selon une source sécuritaire malienne, une attaque jihadiste a "
  "fait au moins douze morts samedi près de Ménaka. L'armée malienne, qui a affirmé avoir « neutralisé » plusieurs "
  "assaillants, n'a pas donné de bilan.\n",
  [S("Le Niger", "a annoncé", "il retirait ses troupes de la force conjointe du G5 Sahel"),
   S("le porte-parole du gouvernement nigérien, le colonel Amadou Abdramane", "a déclaré", "Cette force n'a jamais atteint ses objectifs"),
   S("une source sécuritaire malienne", "Selon", "une attaque jihadiste a fait au moins douze morts samedi près de Ménaka"),
   S("L'armée malienne", "a affirmé", "avoir « neutralisé » plusieurs assaillants")])
A("fr02", "fr", "tune",
  "Liban : Israël dément avoir visé un convoi de l'ONU\n\n"
  "BEYROUTH, 5 novembre (Reuters) - L'armée israélienne a démenti mardi avoir pris pour cible un convoi de la Finul "
  "dans le sud du Liban. Le quotidien Le Monde a rapporté, citant des diplomates européens, que deux casques bleus "
  "avaient été légèrement blessés. « Nous enquêtons sur l'incident », a indiqué un porte-parole de la mission. Le "
  "Hezbollah a par ailleurs tiré des roquettes contre une caserne à Kiryat Shmona, selon l'armée israélienne.\n",
  [S("Israël", "dément", "avoir visé un convoi de l'ONU"),
   S("L'armée israélienne", "a démenti", "avoir pris pour cible un convoi de la Finul dans le sud du Liban"),
   S("Le quotidien Le Monde", "a rapporté", "deux casques bleus avaient été légèrement blessés", ["Le Monde", "des diplomates européens"]),
   S("un porte-parole de la mission", "a indiqué", "Nous enquêtons sur l'incident"),
   S("l'armée israélienne", "selon", "Le Hezbollah a par ailleurs tiré des roquettes contre une caserne à Kiryat Shmona")])
A("fr03", "fr", "tune",
  "GOMA, 18 février - Les rebelles du M23 ont pris le contrôle de la localité de Nyabiondo, dans le Nord-Kivu, ont "
  "affirmé lundi des sources locales. « Les combats ont duré toute la nuit et les habitants ont fui vers Masisi », a "
  "raconté à l'AFP un responsable de la société civile. Kinshasa accuse le Rwanda de soutenir le M23. Le gouverneur "
  "militaire de la province a assuré que l'armée allait « reprendre chaque village ». « Nous n'abandonnerons "
  "personne », a-t-il ajouté.\n",
  [S("des sources locales", "ont affirmé", "Les rebelles du M23 ont pris le contrôle de la localité de Nyabiondo, dans le Nord-Kivu"),
   S("un responsable de la société civile", "a raconté", "Les combats ont duré toute la nuit et les habitants ont fui vers Masisi", ["AFP", "un responsable de la société civile"]),
   S("Kinshasa", "accuse", "le Rwanda de soutenir le M23"),
   S("Le gouverneur militaire de la province", "a assuré", "l'armée allait « reprendre chaque village »"),
   S("il", "a-t-il ajouté", "Nous n'abandonnerons personne")])
A("fr04", "fr", "tune",
  "KIEV, 7 mars (AFP) - La France va livrer à l'Ukraine des missiles Aster supplémentaires, a indiqué jeudi le "
  "ministre des Armées Sébastien Lecornu. D'après l'état-major ukrainien, la Russie a lancé 67 drones et six missiles "
  "dans la nuit. Le maire d'Odessa a transmis les documents au parquet. « La ville a tenu », a écrit sur Telegram le "
  "gouverneur de la région, Oleh Kiper.\n",
  [S("le ministre des Armées Sébastien Lecornu", "a indiqué", "La France va livrer à l'Ukraine des missiles Aster supplémentaires"),
   S("l'état-major ukrainien", "D'après", "la Russie a lancé 67 drones et six missiles dans la nuit"),
   S("le gouverneur de la région, Oleh Kiper", "a écrit", "La ville a tenu")],
  "'a transmis les documents' is no statement")
A("fr05", "fr", "held_out",
  "PORT-SOUDAN, 9 juillet (AFP) - Au moins 40 civils ont été tués dans des bombardements sur un marché d'Omdourman, a "
  "déclaré mardi un groupe de secouristes bénévoles. Les Forces de soutien rapide (FSR), qui ont nié toute "
  "implication, accusent l'armée d'avoir mené ces frappes. « Les corps sont encore sous les décombres », a expliqué à "
  "l'AFP une infirmière de l'hôpital al-Nao. L'ONU a appelé les deux camps à protéger les civils.\n",
  [S("un groupe de secouristes bénévoles", "a déclaré", "Au moins 40 civils ont été tués dans des bombardements sur un marché d'Omdourman"),
   S("Les Forces de soutien rapide (FSR)", "ont nié", "toute implication"),
   S("Les Forces de soutien rapide (FSR)", "accusent", "l'armée d'avoir mené ces frappes"),
   S("une infirmière de l'hôpital al-Nao", "a expliqué", "Les corps sont encore sous les décombres", ["AFP", "une infirmière de l'hôpital al-Nao"]),
   S("L'ONU", "a appelé", "les deux camps à protéger les civils")])
A("fr06", "fr", "held_out",
  "Burkina : le capitaine Traoré promet de « libérer chaque mètre carré »\n\n"
  "OUAGADOUGOU, 2 octobre - Le chef de la junte, le capitaine Ibrahim Traoré, a promis lundi de « libérer chaque "
  "mètre carré » du territoire. Une cinquantaine de soldats ont été tués dans une embuscade près de Djibo, a affirmé à "
  "Reuters une source sécuritaire sous couvert d'anonymat. Le gouvernement n'a pas confirmé ce bilan. Selon Human "
  "Rights Watch, des civils ont aussi été exécutés lors d'opérations de représailles.\n",
  [S("le capitaine Traoré", "promet", "de « libérer chaque mètre carré »"),
   S("Le chef de la junte, le capitaine Ibrahim Traoré", "a promis", "de « libérer chaque mètre carré » du territoire"),
   S("une source sécuritaire", "a affirmé", "Une cinquantaine de soldats ont été tués dans une embuscade près de Djibo", ["Reuters", "une source sécuritaire"]),
   S("Human Rights Watch", "Selon", "des civils ont aussi été exécutés lors d'opérations de représailles")])
A("fr07", "fr", "held_out",
  "NOUMÉA, 15 mai - Le gouvernement français a décrété l'état d'urgence en Nouvelle-Calédonie après une troisième nuit "
  "d'émeutes. « Aucune violence ne sera tolérée », a prévenu le Premier ministre Gabriel Attal, ajoutant que des "
  "renforts seraient envoyés. Le haut-commissaire de la République a fait état de quatre morts, dont un gendarme. Les "
  "indépendantistes du FLNKS ont appelé au calme dans un communiqué.\n",
  [S("le Premier ministre Gabriel Attal", "a prévenu", "Aucune violence ne sera tolérée"),
   S("le Premier ministre Gabriel Attal", "ajoutant", "des renforts seraient envoyés"),
   S("Le haut-commissaire de la République", "a fait état", "quatre morts, dont un gendarme"),
   S("Les indépendantistes du FLNKS", "ont appelé", "au calme")])
A("fr08", "fr", "held_out",
  "ADDIS ABEBA, 22 août (Reuters) - Des combattants de la milice Fano ont pris brièvement le contrôle de la ville de "
  "Lalibela, ont rapporté des habitants jeudi. « Nous avons entendu des tirs toute la matinée », a dit l'un d'eux, "
  "joint par téléphone. Le gouvernement éthiopien, qui a imposé l'état d'urgence dans la région Amhara, a affirmé que "
  "la situation était « sous contrôle ». Il a par ailleurs accusé l'Érythrée d'armer les rebelles.\n",
  [S("des habitants", "ont rapporté", "Des combattants de la milice Fano ont pris brièvement le contrôle de la ville de Lalibela"),
   S("l'un d'eux", "a dit", "Nous avons entendu des tirs toute la matinée"),
   S("Le gouvernement éthiopien", "a affirmé", "la situation était « sous contrôle »"),
   S("Il", "accusé", "l'Érythrée d'armer les rebelles")])

# ---------------- Russian ----------------
A("ru01", "ru", "tune",
  "Германия передаст Украине еще две системы ПВО IRIS-T до конца года. Об этом в понедельник заявил министр обороны "
  "ФРГ Борис Писториус во время визита в Киев. «Мы не оставим Украину одну», — сказал он журналистам. Президент "
  "Украины Владимир Зеленский поблагодарил Берлин и заявил, что Россия за неделю выпустила по украинским городам "
  "более 400 беспилотников. Ранее Литва передала Украине партию боеприпасов и генераторы.\n",
  [S("министр обороны ФРГ Борис Писториус", "заявил", "Германия передаст Украине еще две системы ПВО IRIS-T до конца года"),
   S("он", "сказал", "Мы не оставим Украину одну"),
   S("Президент Украины Владимир Зеленский", "заявил", "Россия за неделю выпустила по украинским городам более 400 беспилотников")],
  "'передаст/передала Украине' (hand over) is no statement")
A("ru02", "ru", "tune",
  "МОСКВА, 14 марта — Иран передал России партию баллистических ракет малой дальности, сообщило агентство Reuters со "
  "ссылкой на источники в иранском правительстве. В Кремле отказались комментировать эту информацию. Официальный "
  "представитель МИД Ирана Насер Канани назвал сообщения «ложью и пропагандой». По данным американской разведки, "
  "поставки начались в январе.\n",
  [S("агентство Reuters", "сообщило", "Иран передал России партию баллистических ракет малой дальности", ["Reuters", "источники в иранском правительстве"]),
   S("Официальный представитель МИД Ирана Насер Канани", "назвал", "ложью и пропагандой"),
   S("американской разведки", "По данным", "поставки начались в январе")],
  "'Иран передал России' (hand over) is no statement")
A("ru03", "ru", "tune",
  "Сирия: боевики атаковали позиции армии под Идлибом\n\n"
  "ДАМАСК, 3 декабря — Боевики группировки «Хайят Тахрир аш-Шам» атаковали позиции сирийской армии к югу от Идлиба, "
  "сообщил в воскресенье Центр по примирению враждующих сторон. По словам представителя центра, в ходе боя погибли "
  "четверо военнослужащих. «Атака была отбита, противник понес потери», — заявил он. Сирийская обсерватория по правам "
  "человека, которая базируется в Лондоне, сообщила о 20 погибших с обеих сторон.\n",
  [S("Центр по примирению враждующих сторон", "сообщил", "Боевики группировки «Хайят Тахрир аш-Шам» атаковали позиции сирийской армии к югу от Идлиба"),
   S("представителя центра", "По словам", "в ходе боя погибли четверо военнослужащих"),
   S("он", "заявил", "Атака была отбита, противник понес потери"),
   S("Сирийская обсерватория по правам человека", "сообщила", "20 погибших с обеих сторон")],
  "headline: a bare state before a colon is no speaker")
A("ru04", "ru", "tune",
  "ЕРЕВАН, 20 сентября — Минобороны Армении опровергло сообщения о том, что азербайджанские войска обстреляли село "
  "Сотк. Ранее в Баку заявили, что армянская сторона открыла огонь по позициям в Кельбаджарском районе. "
  "Премьер-министр Никол Пашинян передал через посредников, что Ереван готов к переговорам. Он также отметил, что "
  "Армения не будет втянута в новую войну.\n",
  [S("Минобороны Армении", "опровергло", "азербайджанские войска обстреляли село Сотк"),
   S("в Баку", "заявили", "армянская сторона открыла огонь по позициям в Кельбаджарском районе"),
   S("Премьер-министр Никол Пашинян", "передал", "Ереван готов к переговорам"),
   S("Он", "отметил", "Армения не будет втянута в новую войну")],
  "'передал ..., что' (convey) is a statement")
A("ru05", "ru", "held_out",
  "Российские войска отразили три атаки украинских подразделений в Курской области, сообщило в четверг Министерство "
  "обороны России. По данным ведомства, противник потерял до 200 военнослужащих. Украинский Генштаб эти данные не "
  "комментировал. Губернатор области Алексей Смирнов написал в Telegram, что в результате обстрела Рыльска ранены два "
  "человека.\n",
  [S("Министерство обороны России", "сообщило", "Российские войска отразили три атаки украинских подразделений в Курской области"),
   S("ведомства", "По данным", "противник потерял до 200 военнослужащих"),
   S("Губернатор области Алексей Смирнов", "написал", "в результате обстрела Рыльска ранены два человека")])
A("ru06", "ru", "held_out",
  "ТБИЛИСИ, 1 декабря — Полиция Грузии задержала более 100 участников акции протеста у здания парламента, сообщило МВД "
  "страны. Оппозиция передала в Конституционный суд иск против закона об иноагентах. «Мы не отступим», — сказала "
  "журналистам президент Саломе Зурабишвили. Премьер Ираклий Кобахидзе, который ранее обвинил оппозицию в подготовке "
  "переворота, пообещал «жестко пресечь» беспорядки.\n",
  [S("МВД страны", "сообщило", "Полиция Грузии задержала более 100 участников акции протеста у здания парламента"),
   S("президент Саломе Зурабишвили", "сказала", "Мы не отступим"),
   S("Премьер Ираклий Кобахидзе", "обвинил", "оппозицию в подготовке переворота"),
   S("Премьер Ираклий Кобахидзе", "пообещал", "«жестко пресечь» беспорядки")],
  "'передала в суд иск' is no statement")
A("ru07", "ru", "held_out",
  "Хуситы атаковали ракетой торговое судно в Красном море, сообщил представитель группировки Яхья Сариа. Британское "
  "агентство UKMTO передало, что судно получило повреждения, но экипаж не пострадал. Источник в американском "
  "командовании рассказал CNN, что эсминец ВМС США сбил два беспилотника над заливом. В Пентагоне пока официально не "
  "подтвердили эту информацию.\n",
  [S("представитель группировки Яхья Сариа", "сообщил", "Хуситы атаковали ракетой торговое судно в Красном море"),
   S("Британское агентство UKMTO", "передало", "судно получило повреждения, но экипаж не пострадал"),
   S("Источник в американском командовании", "рассказал", "эсминец ВМС США сбил два беспилотника над заливом", ["CNN", "Источник в американском командовании"])])
A("ru08", "ru", "held_out",
  "БАМАКО, 28 июля — Боевики туарегских группировок заявили, что уничтожили колонну малийской армии и бойцов "
  "«Вагнера» у города Тинзауатен. Как передает агентство AFP, в столкновениях погибли десятки человек. Армия Мали в "
  "своем коммюнике признала «значительные потери». Представитель повстанцев Мохамед Эльмаулуд Рамадан сказал, что в "
  "плен взяты несколько иностранцев.\n",
  [S("Боевики туарегских группировок", "заявили", "уничтожили колонну малийской армии и бойцов «Вагнера» у города Тинзауатен"),
   S("агентство AFP", "передает", "в столкновениях погибли десятки человек"),
   S("Армия Мали", "признала", "«значительные потери»"),
   S("Представитель повстанцев Мохамед Эльмаулуд Рамадан", "сказал", "в плен взяты несколько иностранцев")])

# ---------------- Ukrainian ----------------
A("uk01", "uk", "tune",
  "Німеччина передасть Україні ще дві системи ППО IRIS-T до кінця року, заявив у понеділок міністр оборони ФРН Борис "
  "Пісторіус. «Ми не залишимо Україну саму», — сказав він журналістам у Києві. Президент Володимир Зеленський "
  "подякував Берліну і зазначив, що Росія за тиждень випустила по українських містах понад 400 дронів. Раніше Литва "
  "передала Україні партію боєприпасів і генератори.\n",
  [S("міністр оборони ФРН Борис Пісторіус", "заявив", "Німеччина передасть Україні ще дві системи ППО IRIS-T до кінця року"),
   S("він", "сказав", "Ми не залишимо Україну саму"),
   S("Президент Володимир Зеленський", "зазначив", "Росія за тиждень випустила по українських містах понад 400 дронів")],
  "'передала Україні партію боєприпасів' is no statement")
A("uk02", "uk", "tune",
  "Росія готує новий наступ на Запорізькому напрямку, повідомило видання The Economist з посиланням на джерела в "
  "українській розвідці. За словами речника Сил оборони півдня Владислава Волошина, противник перекидає до регіону "
  "резерви. «Ситуація складна, але контрольована», — зазначив він в ефірі телемарафону. У Міноборони Росії цю "
  "інформацію не коментували.\n",
  [S("видання The Economist", "повідомило", "Росія готує новий наступ на Запорізькому напрямку", ["The Economist", "джерела в українській розвідці"]),
   S("речника Сил оборони півдня Владислава Волошина", "За словами", "противник перекидає до регіону резерви"),
   S("він", "зазначив", "Ситуація складна, але контрольована")])
A("uk03", "uk", "tune",
  "Буданов: Росія не має резервів для великого наступу\n\n"
  "Російська армія не має достатніх резервів для масштабного наступу влітку. Про це в інтерв'ю агентству Reuters "
  "сказав начальник ГУР Кирило Буданов. Водночас він попередив, що Москва може завдати нових ударів по енергосистемі. "
  "У Кремлі заяви Буданова назвали «інформаційною війною».\n",
  [S("Буданов", ":", "Росія не має резервів для великого наступу"),
   S("начальник ГУР Кирило Буданов", "сказав", "Російська армія не має достатніх резервів для масштабного наступу влітку", ["Reuters", "начальник ГУР Кирило Буданов"]),
   S("він", "попередив", "Москва може завдати нових ударів по енергосистемі"),
   S("У Кремлі", "назвали", "«інформаційною війною»")])
A("uk04", "uk", "tune",
  "КИШИНІВ, 6 березня — Уряд Молдови спростував повідомлення про нібито підготовку нападу на Придністров'я. "
  "Самопроголошена влада регіону, яка раніше звернулася по допомогу до Москви, заявила про загрозу «економічної "
  "блокади». Як зазначила президентка Мая Санду, Кишинів прагне лише мирного врегулювання. Посол США передав уряду "
  "Молдови лист підтримки від Держдепартаменту.\n",
  [S("Уряд Молдови", "спростував", "повідомлення про нібито підготовку нападу на Придністров'я"),
   S("Самопроголошена влада регіону", "заявила", "загрозу «економічної блокади»"),
   S("президентка Мая Санду", "зазначила", "Кишинів прагне лише мирного врегулювання")],
  "'передав уряду лист' is no statement")
A("uk05", "uk", "held_out",
  "ХАРКІВ, 11 травня — Російські війська вдарили керованими авіабомбами по Харкову, загинули троє людей, повідомив "
  "голова обласної військової адміністрації Олег Синєгубов. За його даними, ще 28 осіб дістали поранення. Мер міста "
  "Ігор Терехов написав у Telegram, що пошкоджено багатоповерховий будинок і школу. Міноборони Росії заявило про удар "
  "по «пункту тимчасової дислокації» ЗСУ.\n",
  [S("голова обласної військової адміністрації Олег Синєгубов", "повідомив", "Російські війська вдарили керованими авіабомбами по Харкову, загинули троє людей"),
   S("його", "За його даними", "ще 28 осіб дістали поранення"),
   S("Мер міста Ігор Терехов", "написав", "пошкоджено багатоповерховий будинок і школу"),
   S("Міноборони Росії", "заявило", "удар по «пункту тимчасової дислокації» ЗСУ")])
A("uk06", "uk", "held_out",
  "Україна та Росія провели черговий обмін полоненими, повідомив Координаційний штаб з питань поводження з "
  "військовополоненими. Додому повернулися 95 українських захисників. Росія також передала Україні тіла 250 загиблих "
  "військових. Омбудсман Дмитро Лубінець передав, що серед звільнених є поранені з Маріуполя. «Ми повернемо всіх», — "
  "наголосив президент Володимир Зеленський.\n",
  [S("Координаційний штаб з питань поводження з військовополоненими", "повідомив", "Україна та Росія провели черговий обмін полоненими"),
   S("Омбудсман Дмитро Лубінець", "передав", "серед звільнених є поранені з Маріуполя"),
   S("президент Володимир Зеленський", "наголосив", "Ми повернемо всіх")],
  "'передала Україні тіла' is no statement")
A("uk07", "uk", "held_out",
  "ВАРШАВА, 4 червня — Польща посилить охорону кордону з Білоруссю після нападу на прикордонника, заявив "
  "прем'єр-міністр Дональд Туск. За інформацією польських ЗМІ, військовослужбовця поранили ножем під час спроби "
  "незаконного перетину. Джерело в уряді розповіло агентству PAP, що до кордону направлять ще 3 тисячі солдатів. "
  "Мінськ звинуватив Варшаву в «провокаціях».\n",
  [S("прем'єр-міністр Дональд Туск", "заявив", "Польща посилить охорону кордону з Білоруссю після нападу на прикордонника"),
   S("польських ЗМІ", "За інформацією", "військовослужбовця поранили ножем під час спроби незаконного перетину"),
   S("Джерело в уряді", "розповіло", "до кордону направлять ще 3 тисячі солдатів", ["PAP", "Джерело в уряді"]),
   S("Мінськ", "звинуватив", "Варшаву в «провокаціях»")])
A("uk08", "uk", "held_out",
  "Ізраїльська армія завдала ударів по об'єктах «Хезболли» на півдні Лівану, повідомила пресслужба ЦАХАЛ. За даними "
  "ліванського Міністерства охорони здоров'я, загинули щонайменше шестеро людей. Представник ООН у Лівані закликав "
  "сторони до стриманості. «Ми стоїмо на межі великої війни», — сказав він.\n",
  [S("пресслужба ЦАХАЛ", "повідомила", "Ізраїльська армія завдала ударів по об'єктах «Хезболли» на півдні Лівану"),
   S("ліванського Міністерства охорони здоров'я", "За даними", "загинули щонайменше шестеро людей"),
   S("Представник ООН у Лівані", "закликав", "сторони до стриманості"),
   S("він", "сказав", "Ми стоїмо на межі великої війни")])

ART.write(OUT, "wire19")
