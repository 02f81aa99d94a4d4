"""Writes wire24_tune.json / wire24_held_out.json (hand-written articles, expected statements).

    python tests/components/statements/data/wire24_build.py tests/components/statements/data

Same format as wire19-23 (scored by ``wire19_score.py --set wire24``).  Rich in a postposed source
holding an acting office ("…, said the acting governor of Apurimac region, Rosa Huaman", "…, a déclaré le
ministre de l'Intérieur par intérim, …", "…, заявил исполняющий обязанности министра …", "…, — сказав
виконувач обов'язків міністра …": the whole phrase is the source), a time adverb between a postposed cue
and its subject ("…, a rapporté dimanche la Garde nationale", "…, сообщило в субботу вечером Минобороны
России", "…, повідомило в неділю командування …"), a cue nested in a capital's or a person's content
("Manila said Beijing claimed that …", "В Вашингтоне заявили, что Пекин утверждает, что …": two statements,
the inner one the nested speaker's, relayed by the outer one: gold ``chain`` outer, inner) and a decision
verb followed by no clause ("The Guyanese cabinet decided at an emergency session late on Sunday", "a décidé
lors de sa réunion de lundi", "решил на заседании в понедельник", "вирішила на засіданні в п'ятницю": no
statement, so no gold); ordinary attribution around them."""
import sys

from wire_build import Articles, S

OUT = sys.argv[1]
ART = Articles()
A = ART.add


# ---------------- English ----------------
A("en01", "en", "tune",
  "LIMA, March 4 (Reuters) - Protesters blocked three highways near the Las Bambas copper mine in southern Peru on "
  "Monday, said the acting governor of Apurimac region, Rosa Huaman. The mine's operator said in a statement that "
  "shipments of copper concentrate had been halted. Its board decided at an emergency meeting on Sunday. Police said "
  "14 officers had been injured.\n",
  [S("the acting governor of Apurimac region, Rosa Huaman", "said",
     "Protesters blocked three highways near the Las Bambas copper mine in southern Peru on Monday"),
   S("The mine's operator", "said", "shipments of copper concentrate had been halted"),
   S("Police", "said", "14 officers had been injured")])
A("en02", "en", "tune",
  "Manila says Chinese ship rammed supply boat\n\n"
  "MANILA, June 17 (AP) - A Chinese coast guard vessel rammed a Philippine supply boat near Second Thomas Shoal on "
  "Monday, the Philippine military said. Manila said Beijing claimed that the supply boat had entered Chinese waters "
  "illegally. Chinese foreign ministry spokesman Lin Jian told reporters the coast guard had acted lawfully. The "
  "National Security Council is due to decide at a meeting on Thursday.\n",
  [S("Manila", "says", "Chinese ship rammed supply boat"),
   S("the Philippine military", "said",
     "A Chinese coast guard vessel rammed a Philippine supply boat near Second Thomas Shoal on Monday"),
   S("Manila", "said", "Beijing claimed that the supply boat had entered Chinese waters illegally"),
   S("Beijing", "claimed", "the supply boat had entered Chinese waters illegally",
     ["Government of Philippines", "Government of China"]),
   S("Chinese foreign ministry spokesman Lin Jian", "told", "the coast guard had acted lawfully")])
A("en03", "en", "tune",
  "TRIPOLI, Aug 27 (Reuters) - Clashes between rival armed groups in the Libyan capital killed at least 27 people "
  "overnight, the Emergency Medicine Centre said on Tuesday. The fighting stopped after mediation by elders from "
  "Zawiya, said the acting head of the Presidential Council, Moussa al-Koni. The U.N. mission said armed groups "
  "claimed they had agreed to a ceasefire. Residents told Reuters that gunfire could still be heard in the Souq "
  "al-Juma district.\n",
  [S("the Emergency Medicine Centre", "said",
     "Clashes between rival armed groups in the Libyan capital killed at least 27 people overnight"),
   S("the acting head of the Presidential Council, Moussa al-Koni", "said",
     "The fighting stopped after mediation by elders from Zawiya"),
   S("The U.N. mission", "said", "armed groups claimed they had agreed to a ceasefire"),
   S("armed groups", "claimed", "they had agreed to a ceasefire"),
   S("Residents", "told", "gunfire could still be heard in the Souq al-Juma district", ["Reuters", "Residents"])])
A("en04", "en", "held_out",
  "JUBA, March 8 (AP) - Fighting between the army and a local militia in Upper Nile state has displaced about 9,000 "
  "people, said acting state governor James Odhok. The army said on Saturday the militia had overrun a barracks in "
  "Nasir. Information Minister Michael Makuei said opposition leader Riek Machar claimed that the militia had acted "
  "on its own. An aid worker in Malakal told AP that clinics were running out of medicine.\n",
  [S("acting state governor James Odhok", "said",
     "Fighting between the army and a local militia in Upper Nile state has displaced about 9,000 people"),
   S("The army", "said", "the militia had overrun a barracks in Nasir"),
   S("Information Minister Michael Makuei", "said",
     "opposition leader Riek Machar claimed that the militia had acted on its own"),
   S("opposition leader Riek Machar", "claimed", "the militia had acted on its own", ["Michael Makuei", "Riek Machar"]),
   S("An aid worker in Malakal", "told", "clinics were running out of medicine",
     ["Associated Press", "An aid worker in Malakal"])])
A("en05", "en", "held_out",
  "Guyana says Venezuelan troops fired on patrol\n\n"
  "GEORGETOWN, Feb 16 (Reuters) - Venezuelan soldiers fired on a Guyanese army patrol near the Cuyuni river, wounding "
  "two soldiers, Guyana's defence force said. Georgetown said Caracas claimed that its troops had come under fire "
  "first. Brazil's foreign ministry said in a statement it was following the situation closely. The Guyanese "
  "cabinet decided at an emergency session late on Sunday.\n",
  [S("Guyana", "says", "Venezuelan troops fired on patrol"),
   S("Guyana's defence force", "said",
     "Venezuelan soldiers fired on a Guyanese army patrol near the Cuyuni river, wounding two soldiers"),
   S("Georgetown", "said", "Caracas claimed that its troops had come under fire first"),
   S("Caracas", "claimed", "its troops had come under fire first", ["Government of Guyana", "Government of Venezuela"]),
   S("Brazil's foreign ministry", "said", "it was following the situation closely")])
A("en06", "en", "held_out",
  "NAIROBI, July 2 (Reuters) - Police shot dead at least eight protesters during demonstrations against a finance "
  "bill in Nairobi, said the acting inspector general of police, Gilbert Masengeli. The Kenya National Commission on "
  "Human Rights said 39 people had been killed since the protests began. The ruling party's parliamentary group "
  "decided at a meeting in State House on Tuesday. According to Amnesty Kenya, dozens of protesters remain missing.\n",
  [S("the acting inspector general of police, Gilbert Masengeli", "said",
     "Police shot dead at least eight protesters during demonstrations against a finance bill in Nairobi"),
   S("The Kenya National Commission on Human Rights", "said", "39 people had been killed since the protests began"),
   S("Amnesty Kenya", "According to", "dozens of protesters remain missing")])

# ---------------- French ----------------
A("fr01", "fr", "tune",
  "NOUMÉA, 15 mai (AFP) - Des émeutiers ont incendié plusieurs commerces dans la nuit à Nouméa, a indiqué mercredi "
  "matin le haut-commissariat de la République. Trois personnes ont été tuées, a déclaré le ministre de l'Intérieur "
  "par intérim, Paul Mercier. Paris a affirmé que Bakou prétendait que ses services n'étaient pas impliqués dans les "
  "troubles. Le Congrès de la Nouvelle-Calédonie a décidé lors d'une séance extraordinaire mardi soir.\n",
  [S("le haut-commissariat de la République", "indiqué",
     "Des émeutiers ont incendié plusieurs commerces dans la nuit à Nouméa"),
   S("le ministre de l'Intérieur par intérim, Paul Mercier", "déclaré", "Trois personnes ont été tuées"),
   S("Paris", "affirmé", "Bakou prétendait que ses services n'étaient pas impliqués dans les troubles"),
   S("Bakou", "prétendait", "ses services n'étaient pas impliqués dans les troubles",
     ["Government of France", "Government of Azerbaijan"])])
A("fr02", "fr", "tune",
  "TUNIS, 4 octobre (Reuters) - Au moins 12 migrants se sont noyés au large de Sfax, a rapporté dimanche la Garde "
  "nationale tunisienne. Selon le Forum tunisien pour les droits économiques et sociaux, plus de 600 migrants sont "
  "morts en mer depuis janvier. Rome a déclaré que Tunis assurait que les départs avaient baissé de moitié. Le "
  "conseil municipal de Sfax a décidé lors de sa réunion de lundi.\n",
  [S("la Garde nationale tunisienne", "rapporté", "Au moins 12 migrants se sont noyés au large de Sfax"),
   S("le Forum tunisien pour les droits économiques et sociaux", "Selon",
     "plus de 600 migrants sont morts en mer depuis janvier"),
   S("Rome", "déclaré", "Tunis assurait que les départs avaient baissé de moitié"),
   S("Tunis", "assurait", "les départs avaient baissé de moitié", ["Government of Italy", "Government of Tunisia"])])
A("fr03", "fr", "tune",
  "Madagascar : deux manifestants tués à Antananarivo\n\n"
  "ANTANANARIVO, 27 septembre (AFP) - Deux manifestants ont été tués par balle dans la capitale, a déclaré le Premier "
  "ministre par intérim. Les forces de l'ordre ont dispersé la foule, a indiqué jeudi soir la gendarmerie nationale. "
  "Selon Amnesty International, les policiers ont tiré à balles réelles. L'Union africaine a dit suivre la "
  "situation « avec inquiétude ».\n",
  [S("le Premier ministre par intérim", "déclaré", "Deux manifestants ont été tués par balle dans la capitale"),
   S("la gendarmerie nationale", "indiqué", "Les forces de l'ordre ont dispersé la foule"),
   S("Amnesty International", "Selon", "les policiers ont tiré à balles réelles"),
   S("L'Union africaine", "dit", "suivre la situation « avec inquiétude »")])
A("fr04", "fr", "held_out",
  "CONAKRY, 12 février (AFP) - Des affrontements entre militaires ont éclaté près du camp Alpha Yaya Diallo, a "
  "rapporté lundi soir la télévision d'État. Le bilan s'élève à quatre morts, a déclaré le ministre de la Défense par "
  "intérim, le général Sadiba Koulibaly. Washington a affirmé que la junte prétendait avoir déjoué une tentative de "
  "coup d'État. Le Conseil national de la transition a décidé lors d'une session extraordinaire mercredi.\n",
  [S("la télévision d'État", "rapporté",
     "Des affrontements entre militaires ont éclaté près du camp Alpha Yaya Diallo"),
   S("le ministre de la Défense par intérim, le général Sadiba Koulibaly", "déclaré", "Le bilan s'élève à quatre morts"),
   S("Washington", "affirmé", "la junte prétendait avoir déjoué une tentative de coup d'État"),
   S("la junte", "prétendait", "avoir déjoué une tentative de coup d'État")])
A("fr05", "fr", "held_out",
  "SANAA, 20 juillet (Reuters) - Des frappes aériennes ont visé le port de Hodeïda, a indiqué samedi le ministère de "
  "la Santé des Houthis. « Les réservoirs de carburant brûlent encore », a affirmé à Reuters un habitant. Londres a "
  "déclaré que Téhéran affirmait ne pas armer les rebelles. D'après l'ONU, les importations de carburant sont "
  "suspendues.\n",
  [S("le ministère de la Santé des Houthis", "indiqué", "Des frappes aériennes ont visé le port de Hodeïda"),
   S("un habitant", "affirmé", "Les réservoirs de carburant brûlent encore", ["Reuters", "un habitant"]),
   S("Londres", "déclaré", "Téhéran affirmait ne pas armer les rebelles"),
   S("Téhéran", "affirmait", "ne pas armer les rebelles", ["Government of United Kingdom", "Government of Iran"]),
   S("l'ONU", "D'après", "les importations de carburant sont suspendues")])
A("fr06", "fr", "held_out",
  "DAKAR, 9 février (AFP) - La police a dispersé à coups de gaz lacrymogène des manifestants opposés au report de la "
  "présidentielle, a annoncé vendredi le ministère de l'Intérieur. Un étudiant a été tué à Saint-Louis, a déclaré le "
  "gouverneur par intérim de la région, Alioune Badara Sambe. Le Conseil constitutionnel a décidé lors de sa séance "
  "du 15 février. Selon la Cédéao, le dialogue reste « la seule voie ».\n",
  [S("le ministère de l'Intérieur", "annoncé",
     "La police a dispersé à coups de gaz lacrymogène des manifestants opposés au report de la présidentielle"),
   S("le gouverneur par intérim de la région, Alioune Badara Sambe", "déclaré", "Un étudiant a été tué à Saint-Louis"),
   S("la Cédéao", "Selon", "le dialogue reste « la seule voie »")])

# ---------------- Russian ----------------
A("ru01", "ru", "tune",
  "МАХАЧКАЛА, 23 июня — Боевики открыли огонь по посту полиции в Дербенте, заявил исполняющий обязанности министра "
  "внутренних дел республики Андрей Ковалев. По данным Минздрава республики, ранены 12 человек. Нападавшие "
  "уничтожены, сообщил в воскресенье Национальный антитеррористический комитет. Совет безопасности республики решил "
  "на заседании в понедельник.\n",
  [S("исполняющий обязанности министра внутренних дел республики Андрей Ковалев", "заявил",
     "Боевики открыли огонь по посту полиции в Дербенте"),
   S("Минздрава республики", "По данным", "ранены 12 человек"),
   S("Национальный антитеррористический комитет", "сообщил", "Нападавшие уничтожены")])
A("ru02", "ru", "tune",
  "ТАЙБЭЙ, 14 октября — Китайские военные начали учения вокруг Тайваня, сообщило в понедельник министерство обороны "
  "острова. В Вашингтоне заявили, что Пекин утверждает, что учения носят плановый характер. Официальный представитель "
  "МИД КНР Мао Нин сказала журналистам, что Тайвань является частью Китая. По данным тайваньских военных, в учениях "
  "участвуют 25 кораблей.\n",
  [S("министерство обороны острова", "сообщило", "Китайские военные начали учения вокруг Тайваня"),
   S("В Вашингтоне", "заявили", "Пекин утверждает, что учения носят плановый характер"),
   S("Пекин", "утверждает", "учения носят плановый характер", ["Government of United States", "Government of China"]),
   S("Официальный представитель МИД КНР Мао Нин", "сказала", "Тайвань является частью Китая"),
   S("тайваньских военных", "По данным", "в учениях участвуют 25 кораблей")])
A("ru03", "ru", "tune",
  "СЕВАСТОПОЛЬ, 31 марта — Силы ПВО отразили атаку беспилотников на Севастополь, сообщил временно исполняющий "
  "обязанности губернатора города Сергей Лукин. Обломки упали на территории порта, сообщило в субботу вечером "
  "Минобороны России. В Киеве заявили, что Москва утверждает, что все беспилотники были сбиты. Городской совет решил "
  "на внеочередном заседании в воскресенье.\n",
  [S("временно исполняющий обязанности губернатора города Сергей Лукин", "сообщил",
     "Силы ПВО отразили атаку беспилотников на Севастополь"),
   S("Минобороны России", "сообщило", "Обломки упали на территории порта"),
   S("В Киеве", "заявили", "Москва утверждает, что все беспилотники были сбиты"),
   S("Москва", "утверждает", "все беспилотники были сбиты", ["Government of Ukraine", "Government of Russia"])])
A("ru04", "ru", "held_out",
  "БИШКЕК, 16 сентября — Пограничники Таджикистана обстреляли киргизскую заставу в Баткенской области, сообщила в "
  "пятницу пограничная служба ГКНБ Киргизии. Погибли двое военнослужащих, заявил исполняющий обязанности министра "
  "обороны Киргизии Бакыт Осмонов. В Москве заявили, что Душанбе утверждает, что первыми огонь открыли киргизские "
  "военные. Парламент Киргизии решил на закрытом заседании в субботу.\n",
  [S("пограничная служба ГКНБ Киргизии", "сообщила",
     "Пограничники Таджикистана обстреляли киргизскую заставу в Баткенской области"),
   S("исполняющий обязанности министра обороны Киргизии Бакыт Осмонов", "заявил", "Погибли двое военнослужащих"),
   S("В Москве", "заявили", "Душанбе утверждает, что первыми огонь открыли киргизские военные"),
   S("Душанбе", "утверждает", "первыми огонь открыли киргизские военные",
     ["Government of Russia", "Government of Tajikistan"])])
A("ru05", "ru", "held_out",
  "БЕЛГОРОД, 12 мая — При обрушении подъезда жилого дома погибли 15 человек, сообщил исполняющий обязанности министра "
  "по чрезвычайным ситуациям области Олег Сазонов. Причиной обрушения стал удар ракеты, сообщило в воскресенье "
  "Минобороны. Как передает ТАСС, спасательная операция продолжается. Областная дума решила на заседании во "
  "вторник.\n",
  [S("исполняющий обязанности министра по чрезвычайным ситуациям области Олег Сазонов", "сообщил",
     "При обрушении подъезда жилого дома погибли 15 человек"),
   S("Минобороны", "сообщило", "Причиной обрушения стал удар ракеты"),
   S("ТАСС", "передает", "спасательная операция продолжается")])
A("ru06", "ru", "held_out",
  "РИГА, 5 января — Неизвестные повредили подводный кабель между Латвией и Швецией, заявил исполняющий обязанности "
  "министра обороны Латвии Янис Озолс. Повреждение обнаружено в субботу, сообщила во вторник береговая охрана "
  "Швеции. В Брюсселе заявили, что Москва отрицает причастность к инциденту. По данным НАТО, в Балтийское море "
  "направлены два корабля.\n",
  [S("исполняющий обязанности министра обороны Латвии Янис Озолс", "заявил",
     "Неизвестные повредили подводный кабель между Латвией и Швецией"),
   S("береговая охрана Швеции", "сообщила", "Повреждение обнаружено в субботу"),
   S("В Брюсселе", "заявили", "Москва отрицает причастность к инциденту"),
   S("Москва", "отрицает", "причастность к инциденту"),
   S("НАТО", "По данным", "в Балтийское море направлены два корабля")])

# ---------------- Ukrainian ----------------
A("uk01", "uk", "tune",
  "ЗАПОРІЖЖЯ, 10 квітня — Російські війська атакували енергетичний об'єкт в області, — сказав виконувач обов'язків "
  "міністра енергетики Віктор Гончаренко. Знеструмлено понад 30 тисяч абонентів, повідомила в суботу обласна "
  "військова адміністрація. У Вашингтоні заявили, що Москва стверджує, що удари завдано лише по військових цілях. "
  "Обласна рада вирішила на засіданні в п'ятницю.\n",
  [S("виконувач обов'язків міністра енергетики Віктор Гончаренко", "сказав",
     "Російські війська атакували енергетичний об'єкт в області"),
   S("обласна військова адміністрація", "повідомила", "Знеструмлено понад 30 тисяч абонентів"),
   S("У Вашингтоні", "заявили", "Москва стверджує, що удари завдано лише по військових цілях"),
   S("Москва", "стверджує", "удари завдано лише по військових цілях",
     ["Government of United States", "Government of Russia"])])
A("uk02", "uk", "tune",
  "СУМИ, 3 листопада — Унаслідок удару керованими авіабомбами загинули троє людей, повідомив в.о. міського голови "
  "Артем Коваль. За даними ДСНС, пошкоджено 14 будинків. Ворожу атаку відбито, повідомило в неділю командування "
  "Повітряних сил. Сумська міська рада вирішила на позачерговому засіданні.\n",
  [S("в.о. міського голови Артем Коваль", "повідомив", "Унаслідок удару керованими авіабомбами загинули троє людей"),
   S("ДСНС", "За даними", "пошкоджено 14 будинків"),
   S("командування Повітряних сил", "повідомило", "Ворожу атаку відбито")])
A("uk03", "uk", "tune",
  "Румунія знайшла уламки дрона на своїй території – Міноборони\n\n"
  "БУХАРЕСТ, 9 вересня — Уламки російського безпілотника виявили поблизу села Плауру, повідомило в понеділок "
  "Міністерство оборони Румунії. У Брюсселі заявили, що Москва заперечує, що її дрони залітали до Румунії. Президент "
  "Румунії Клаус Йоганніс сказав, що це «неприйнятне порушення суверенітету».\n",
  [S("Міноборони", "–", "Румунія знайшла уламки дрона на своїй території"),
   S("Міністерство оборони Румунії", "повідомило", "Уламки російського безпілотника виявили поблизу села Плауру"),
   S("У Брюсселі", "заявили", "Москва заперечує, що її дрони залітали до Румунії"),
   S("Москва", "заперечує", "її дрони залітали до Румунії"),
   S("Президент Румунії Клаус Йоганніс", "сказав", "це «неприйнятне порушення суверенітету»")])
A("uk04", "uk", "held_out",
  "ЧЕРНІГІВ, 17 квітня — Три російські ракети влучили в центр Чернігова, — заявив виконувач обов'язків міського "
  "голови Олександр Мельник. Загинули 17 людей, повідомила в середу Національна поліція. У Лондоні заявили, що "
  "Москва стверджує, що вразила військові об'єкти. Міська рада вирішила на засіданні в четвер.\n",
  [S("виконувач обов'язків міського голови Олександр Мельник", "заявив",
     "Три російські ракети влучили в центр Чернігова"),
   S("Національна поліція", "повідомила", "Загинули 17 людей"),
   S("У Лондоні", "заявили", "Москва стверджує, що вразила військові об'єкти"),
   S("Москва", "стверджує", "вразила військові об'єкти", ["Government of United Kingdom", "Government of Russia"])])
A("uk05", "uk", "held_out",
  "ВАРШАВА, 20 серпня — Польські військові виявили уламки повітряного об'єкта на сході країни, повідомило в четвер "
  "Оперативне командування Збройних сил Польщі. «Ми не виключаємо, що це був російський дрон», — сказав виконувач "
  "обов'язків начальника Генштабу Польщі Марек Ковальський. За словами прикордонників, об'єкт залетів з боку "
  "Білорусі.\n",
  [S("Оперативне командування Збройних сил Польщі", "повідомило",
     "Польські військові виявили уламки повітряного об'єкта на сході країни"),
   S("виконувач обов'язків начальника Генштабу Польщі Марек Ковальський", "сказав",
     "Ми не виключаємо, що це був російський дрон"),
   S("прикордонників", "За словами", "об'єкт залетів з боку Білорусі")])
A("uk06", "uk", "held_out",
  "КИЇВ, 28 грудня — Росія передала Україні тіла 500 загиблих військових, повідомив у суботу Координаційний штаб з "
  "питань поводження з військовополоненими. В Анкарі заявили, що Москва стверджує, що обмін полоненими відбудеться "
  "найближчим часом. Як повідомляє «Суспільне», наступний обмін може відбутися в січні. Верховна Рада вирішила на "
  "засіданні у вівторок.\n",
  [S("Координаційний штаб з питань поводження з військовополоненими", "повідомив",
     "Росія передала Україні тіла 500 загиблих військових"),
   S("В Анкарі", "заявили", "Москва стверджує, що обмін полоненими відбудеться найближчим часом"),
   S("Москва", "стверджує", "обмін полоненими відбудеться найближчим часом",
     ["Government of Turkey", "Government of Russia"]),
   S("«Суспільне»", "повідомляє", "наступний обмін може відбутися в січні")])

ART.write(OUT, "wire24")
