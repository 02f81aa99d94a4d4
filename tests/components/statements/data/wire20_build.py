"""Writes wire20_tune.json / wire20_held_out.json (hand-written articles, expected statements).

    python tests/components/statements/data/wire20_build.py tests/components/statements/data

Same format as wire19 (scored by ``wire19_score.py --set wire20``).  Rich in sources followed by a
relative clause ("A soldier, who requested anonymity, said …"), content subjects with a relative clause
before a trailing speaker ("The shelling, which began at dawn, killed 12 people, said the governor"),
refusals to comment (no statement), "attacked" in its military and its speech senses, and outlets named
after an agency's dateline; ordinary attribution around them."""
import sys

from wire_build import Articles, S

OUT = sys.argv[1]
ART = Articles()
A = ART.add


# ---------------- English ----------------
A("en01", "en", "tune",
  "BAMAKO, Feb 3 (Reuters) - Jihadist fighters attacked an army post near Gao on Monday, killing at least nine "
  "soldiers, two security sources said. A soldier, who requested anonymity because he was not authorised to speak "
  "to the media, said the unit had withdrawn to the town after the assault. The army's spokesman declined to comment. "
  "Opposition leader Ismael Sacko attacked the junta's handling of the north as \"reckless and blind.\"\n",
  [S("two security sources", "said", "Jihadist fighters attacked an army post near Gao on Monday, killing at least nine soldiers"),
   S("A soldier", "said", "the unit had withdrawn to the town after the assault"),
   S("Opposition leader Ismael Sacko", "attacked", "reckless and blind.")])
A("en02", "en", "tune",
  "Shelling kills 15 in El Fasher, governor says\n\n"
  "KHARTOUM, June 11 (AFP) - The shelling, which began at dawn and lasted several hours, killed 15 people in a "
  "crowded market, said Minni Minnawi, the governor of Darfur. The Rapid Support Forces, which have besieged the city "
  "since May, denied targeting civilians and said their fighters had only returned fire. A spokesman for the Sudanese "
  "army declined to comment on the toll. \"The hospitals are overwhelmed,\" a doctor at the Saudi hospital told AFP by "
  "telephone.\n",
  [S("governor", "says", "Shelling kills 15 in El Fasher"),
   S("Minni Minnawi", "said", "The shelling, which began at dawn and lasted several hours, killed 15 people in a crowded market"),
   S("The Rapid Support Forces", "denied", "targeting civilians"),
   S("The Rapid Support Forces", "said", "their fighters had only returned fire"),
   S("a doctor at the Saudi hospital", "told", "The hospitals are overwhelmed", ["AFP", "a doctor at the Saudi hospital"])])
A("en03", "en", "tune",
  "YANGON, Oct 2 (Reuters) - Myanmar's military said on Wednesday that its aircraft had struck rebel positions in "
  "northern Shan state, after the Ta'ang National Liberation Army attacked a convoy near Lashio. The TNLA, which "
  "controls much of the highway to China, said in a statement that 11 civilians had died in the air strikes. A "
  "resident of Lashio, who asked not to be named for fear of reprisals, told Reuters that at least three houses were "
  "destroyed. The junta's spokesman, Zaw Min Tun, attacked the statement as \"fabricated propaganda\" and said the army "
  "had targeted only fighters.\n",
  [S("Myanmar's military", "said", "its aircraft had struck rebel positions in northern Shan state"),
   S("The TNLA", "said", "11 civilians had died in the air strikes"),
   S("A resident of Lashio", "told", "at least three houses were destroyed", ["Reuters", "A resident of Lashio"]),
   S("The junta's spokesman", "attacked", "fabricated propaganda"),
   S("The junta's spokesman", "said", "the army had targeted only fighters")])
A("en04", "en", "held_out",
  "PORT-AU-PRINCE, April 17 (Reuters) - Gang members attacked a police station in the town of Mirebalais overnight "
  "and freed more than 500 inmates, Haiti's national police said on Thursday. A police officer, who spoke on condition "
  "of anonymity because he was not authorised to brief journalists, said the attackers had arrived in trucks and set "
  "fire to the building. The Kenyan-led security mission declined to comment. Prime Minister Alix Didier Fils-Aime "
  "said the government would send reinforcements \"as soon as possible.\"\n",
  [S("Haiti's national police", "said", "Gang members attacked a police station in the town of Mirebalais overnight and freed more than 500 inmates"),
   S("A police officer", "said", "the attackers had arrived in trucks and set fire to the building"),
   S("Prime Minister Alix Didier Fils-Aime", "said", "the government would send reinforcements")])
A("en05", "en", "held_out",
  "Houthis claim strike on tanker in Red Sea\n\n"
  "DUBAI, Jan 22 - Yemen's Houthi movement said on Monday it had fired missiles at an oil tanker in the Gulf of Aden. "
  "The strike, which caused a fire on deck, injured two crew members, said the British maritime agency UKMTO. The "
  "ship's operator, which is based in Greece, said the vessel was continuing to its next port. The U.S. military "
  "declined to comment on whether its warships had responded.\n",
  [S("Houthis", "claim", "strike on tanker in Red Sea"),
   S("Yemen's Houthi movement", "said", "it had fired missiles at an oil tanker in the Gulf of Aden"),
   S("the British maritime agency UKMTO", "said", "The strike, which caused a fire on deck, injured two crew members"),
   S("The ship's operator", "said", "the vessel was continuing to its next port")])
A("en06", "en", "held_out",
  "GOMA, Sept 5 (AP) - M23 rebels attacked army positions outside the town of Sake on Thursday, according to a "
  "Congolese military spokesman. \"We pushed them back after four hours of fighting,\" Lieutenant Colonel Guillaume "
  "Ndjike said. Rwanda's government spokeswoman Yolande Makolo attacked Kinshasa's accusations as \"baseless\" and said "
  "Rwanda was not a party to the conflict. A UN official, who was not authorised to speak publicly, said peacekeepers "
  "had evacuated 40 civilians from the area.\n",
  [S("a Congolese military spokesman", "according to", "M23 rebels attacked army positions outside the town of Sake on Thursday"),
   S("Lieutenant Colonel Guillaume Ndjike", "said", "We pushed them back after four hours of fighting"),
   S("Rwanda's government spokeswoman Yolande Makolo", "attacked", "baseless"),
   S("Rwanda's government spokeswoman Yolande Makolo", "said", "Rwanda was not a party to the conflict"),
   S("A UN official", "said", "peacekeepers had evacuated 40 civilians from the area")])

# ---------------- French ----------------
A("fr01", "fr", "tune",
  "PARIS, 14 mars (Reuters) - La France va retirer ses derniers soldats du Tchad d'ici la fin de l'année, a-t-on "
  "appris jeudi de sources diplomatiques. Le quotidien Le Monde a rapporté que l'état-major avait déjà transféré une "
  "partie du matériel vers la base d'Abidjan. Le ministère des Armées a refusé de commenter ces informations. « Nous "
  "travaillons avec nos partenaires tchadiens à un retrait ordonné », a déclaré un porte-parole du Quai d'Orsay.\n",
  [S("sources diplomatiques", "appris", "La France va retirer ses derniers soldats du Tchad d'ici la fin de l'année"),
   S("Le quotidien Le Monde", "rapporté", "l'état-major avait déjà transféré une partie du matériel vers la base d'Abidjan", ["Le Monde"]),
   S("un porte-parole du Quai d'Orsay", "déclaré", "Nous travaillons avec nos partenaires tchadiens à un retrait ordonné")])
A("fr02", "fr", "tune",
  "OUAGADOUGOU, 8 mai (AFP) - Des hommes armés ont attaqué mardi un convoi de ravitaillement près de Djibo, dans le "
  "nord du Burkina Faso, faisant au moins vingt morts parmi les soldats, selon des sources sécuritaires. Un soldat, "
  "qui a requis l'anonymat, a déclaré à l'AFP que les assaillants étaient « plusieurs centaines ». L'attaque, qui a "
  "duré plus de trois heures, a fait de nombreux blessés, a indiqué un élu local. Le gouvernement de transition a "
  "refusé de commenter ce bilan.\n",
  [S("des sources sécuritaires", "selon", "Des hommes armés ont attaqué mardi un convoi de ravitaillement près de Djibo"),
   S("Un soldat", "déclaré", "les assaillants étaient « plusieurs centaines »", ["AFP", "Un soldat"]),
   S("un élu local", "indiqué", "L'attaque, qui a duré plus de trois heures, a fait de nombreux blessés")])
A("fr03", "fr", "tune",
  "BEYROUTH, 2 novembre - L'armée israélienne a affirmé samedi avoir frappé des dépôts d'armes du Hezbollah dans la "
  "plaine de la Bekaa. Le ministère libanais de la Santé, qui tient un décompte des victimes depuis octobre, a fait "
  "état de six morts. « Ces frappes visent des zones habitées », a dénoncé le Premier ministre Najib Mikati. Interrogé "
  "par l'AFP, un porte-parole de la Finul a refusé de commenter.\n",
  [S("L'armée israélienne", "affirmé", "avoir frappé des dépôts d'armes du Hezbollah dans la plaine de la Bekaa"),
   S("Le ministère libanais de la Santé", "fait état", "six morts"),
   S("le Premier ministre Najib Mikati", "dénoncé", "Ces frappes visent des zones habitées")])
A("fr04", "fr", "held_out",
  "NIAMEY, 19 juin (Reuters) - Le journal Le Figaro a rapporté mercredi que la junte nigérienne avait suspendu les "
  "exportations d'uranium vers la France. Un responsable du ministère des Mines, qui a souhaité garder l'anonymat, a "
  "confirmé à Reuters que les licences d'Orano avaient été retirées. Orano a refusé de commenter. Selon le Premier "
  "ministre Ali Lamine Zeine, le Niger « reprend le contrôle de ses ressources ».\n",
  [S("Le journal Le Figaro", "rapporté", "la junte nigérienne avait suspendu les exportations d'uranium vers la France", ["Le Figaro"]),
   S("Un responsable du ministère des Mines", "confirmé", "les licences d'Orano avaient été retirées", ["Reuters", "Un responsable du ministère des Mines"]),
   S("le Premier ministre Ali Lamine Zeine", "Selon", "le Niger « reprend le contrôle de ses ressources »")])
A("fr05", "fr", "held_out",
  "Soudan : les FSR accusées d'avoir bombardé un camp de déplacés\n\n"
  "KHARTOUM, 3 avril (AFP) - Le bombardement, qui a visé le camp de Zamzam dans la nuit, a tué au moins 30 civils, a "
  "affirmé l'ONG Médecins sans frontières. Les Forces de soutien rapide, qui contrôlent la quasi-totalité du Darfour, "
  "ont démenti toute implication. Un habitant du camp, qui a requis l'anonymat par crainte de représailles, a raconté "
  "que les obus tombaient « toutes les cinq minutes ». L'armée soudanaise a refusé de commenter.\n",
  [S("l'ONG Médecins sans frontières", "affirmé", "Le bombardement, qui a visé le camp de Zamzam dans la nuit, a tué au moins 30 civils"),
   S("Les Forces de soutien rapide", "démenti", "toute implication"),
   S("Un habitant du camp", "raconté", "les obus tombaient « toutes les cinq minutes »")])
A("fr06", "fr", "held_out",
  "KIEV, 27 août - Les forces russes ont attaqué dans la nuit des installations énergétiques dans la région de "
  "Kharkiv, a annoncé mardi le gouverneur Oleg Synegoubov sur Telegram. Selon lui, deux employés ont été blessés. Le "
  "président Volodymyr Zelensky a appelé les alliés de l'Ukraine à livrer davantage de systèmes de défense aérienne. "
  "Le Kremlin a refusé de commenter ces frappes, a indiqué l'agence Interfax.\n",
  [S("le gouverneur Oleg Synegoubov", "annoncé", "Les forces russes ont attaqué dans la nuit des installations énergétiques dans la région de Kharkiv"),
   S("lui", "Selon", "deux employés ont été blessés"),
   S("Le président Volodymyr Zelensky", "appelé", "les alliés de l'Ukraine à livrer davantage de systèmes de défense aérienne"),
   S("l'agence Interfax", "indiqué", "Le Kremlin a refusé de commenter ces frappes")])

# ---------------- Russian ----------------
A("ru01", "ru", "tune",
  "МОСКВА, 12 марта — Военный, который попросил не называть его имени, сказал, что подразделение отошло к окраине "
  "Купянска. Министерство обороны России заявило, что войска заняли еще два населенных пункта. В Генштабе ВСУ "
  "отказались от комментариев. Губернатор Белгородской области Вячеслав Гладков сообщил в Telegram, что в результате "
  "обстрела пострадали три человека.\n",
  [S("Военный", "сказал", "подразделение отошло к окраине Купянска"),
   S("Министерство обороны России", "заявило", "войска заняли еще два населенных пункта"),
   S("Губернатор Белгородской области Вячеслав Гладков", "сообщил", "в результате обстрела пострадали три человека")])
A("ru02", "ru", "tune",
  "ДАМАСК, 5 июня — Удар, который был нанесен по рынку в Идлибе, унес жизни 12 человек, сообщила Сирийская "
  "обсерватория по правам человека. Представитель сирийской армии, который пожелал остаться неизвестным, заявил "
  "агентству РИА Новости, что удар был нанесен по складу боевиков. Турция отказалась от комментариев. «Мы требуем "
  "независимого расследования», — заявил глава местного совета Мухаммед Хадж.\n",
  [S("Сирийская обсерватория по правам человека", "сообщила", "Удар, который был нанесен по рынку в Идлибе, унес жизни 12 человек"),
   S("Представитель сирийской армии", "заявил", "удар был нанесен по складу боевиков", ["РИА Новости", "Представитель сирийской армии"]),
   S("глава местного совета Мухаммед Хадж", "заявил", "Мы требуем независимого расследования")])
A("ru03", "ru", "tune",
  "ЕРЕВАН, 20 сентября — Министерство обороны Армении заявило, что азербайджанские военные открыли огонь по позициям "
  "в Сюникской области. По данным ведомства, ранен один военнослужащий. В Баку эти сообщения назвали "
  "«дезинформацией». Как передает ТАСС, пограничники двух стран провели переговоры на месте инцидента.\n",
  [S("Министерство обороны Армении", "заявило", "азербайджанские военные открыли огонь по позициям в Сюникской области"),
   S("ведомства", "По данным", "ранен один военнослужащий"),
   S("Баку", "назвали", "дезинформацией"),
   S("ТАСС", "передает", "пограничники двух стран провели переговоры на месте инцидента")])
A("ru04", "ru", "held_out",
  "КИЕВ, 3 августа — Российские войска атаковали позиции ВСУ у Часова Яра, сообщил Генштаб ВСУ. Офицер, который "
  "говорил на условиях анонимности, сказал, что бригада отошла на запасные позиции. В Минобороны России отказались от "
  "комментариев. Президент Владимир Зеленский заявил, что Украине нужны дополнительные системы ПВО.\n",
  [S("Генштаб ВСУ", "сообщил", "Российские войска атаковали позиции ВСУ у Часова Яра"),
   S("Офицер", "сказал", "бригада отошла на запасные позиции"),
   S("Президент Владимир Зеленский", "заявил", "Украине нужны дополнительные системы ПВО")])
A("ru05", "ru", "held_out",
  "ТБИЛИСИ, 30 ноября — Полиция применила водометы против участников акции протеста у здания парламента, сообщило "
  "МВД Грузии. Протест, который продолжался всю ночь, собрал несколько тысяч человек, передает агентство "
  "«Интерпресс». Премьер-министр Ираклий Кобахидзе назвал протестующих «радикальной оппозицией». Посольство США "
  "отказалось от комментариев.\n",
  [S("МВД Грузии", "сообщило", "Полиция применила водометы против участников акции протеста у здания парламента"),
   S("агентство «Интерпресс»", "передает", "Протест, который продолжался всю ночь, собрал несколько тысяч человек"),
   S("Премьер-министр Ираклий Кобахидзе", "назвал", "радикальной оппозицией")])
A("ru06", "ru", "held_out",
  "БАМАКО, 28 июля — Боевики атаковали военный лагерь в районе Тинзауатена на севере Мали, заявил представитель армии "
  "страны. По его словам, в ходе боев погибли десятки военнослужащих. Источник, который близок к командованию, "
  "сообщил РИА Новости, что среди погибших есть российские инструкторы. Как сообщает агентство Рейтер, сепаратисты "
  "захватили несколько единиц техники.\n",
  [S("представитель армии страны", "заявил", "Боевики атаковали военный лагерь в районе Тинзауатена на севере Мали"),
   S("его", "словам", "в ходе боев погибли десятки военнослужащих"),
   S("Источник", "сообщил", "среди погибших есть российские инструкторы", ["РИА Новости", "Источник"]),
   S("агентство Рейтер", "сообщает", "сепаратисты захватили несколько единиц техники")])

# ---------------- Ukrainian ----------------
A("uk01", "uk", "tune",
  "КИЇВ, 14 лютого — Військовий, який попросив не називати його імені, сказав, що підрозділ відійшов від Авдіївки. "
  "Генштаб ЗСУ повідомив, що за добу відбулося 80 бойових зіткнень. У Міноборони відмовилися від коментарів. Речник "
  "Повітряних сил Юрій Ігнат заявив, що росіяни запустили по Україні 40 дронів.\n",
  [S("Військовий", "сказав", "підрозділ відійшов від Авдіївки"),
   S("Генштаб ЗСУ", "повідомив", "за добу відбулося 80 бойових зіткнень"),
   S("Речник Повітряних сил Юрій Ігнат", "заявив", "росіяни запустили по Україні 40 дронів")])
A("uk02", "uk", "tune",
  "ОДЕСА, 6 травня — Удар, який росіяни завдали вночі, зруйнував склад у порту, повідомив голова Одеської ОВА Олег "
  "Кіпер. За його словами, постраждали двоє працівників. Представник порту відмовився від коментарів. «Ми продовжуємо "
  "роботу зернового коридору», — сказав міністр інфраструктури.\n",
  [S("голова Одеської ОВА Олег Кіпер", "повідомив", "Удар, який росіяни завдали вночі, зруйнував склад у порту"),
   S("його", "словами", "постраждали двоє працівників"),
   S("міністр інфраструктури", "сказав", "Ми продовжуємо роботу зернового коридору")])
A("uk03", "uk", "tune",
  "ВАРШАВА, 2 жовтня — Польща посилить охорону кордону з Білоруссю, заявив прем'єр-міністр Дональд Туск. Як повідомляє "
  "видання Rzeczpospolita, на кордон направлять ще три тисячі військових. Прикордонник, який побажав залишитися "
  "анонімним, розповів, що мігранти щоночі намагаються перетнути паркан. Мінськ відмовився від коментарів.\n",
  [S("прем'єр-міністр Дональд Туск", "заявив", "Польща посилить охорону кордону з Білоруссю"),
   S("видання Rzeczpospolita", "повідомляє", "на кордон направлять ще три тисячі військових"),
   S("Прикордонник", "розповів", "мігранти щоночі намагаються перетнути паркан")])
A("uk04", "uk", "held_out",
  "ХАРКІВ, 11 червня — Російські війська атакували позиції ЗСУ біля Вовчанська, повідомив речник угруповання військ "
  "«Харків». Офіцер, який говорив на умовах анонімності, сказав, що бригада утримує лінію оборони. У Кремлі "
  "відмовилися від коментарів. Голова ОВА Олег Синєгубов заявив, що внаслідок обстрілу поранено п'ятьох людей.\n",
  [S("речник угруповання військ «Харків»", "повідомив", "Російські війська атакували позиції ЗСУ біля Вовчанська"),
   S("Офіцер", "сказав", "бригада утримує лінію оборони"),
   S("Голова ОВА Олег Синєгубов", "заявив", "внаслідок обстрілу поранено п'ятьох людей")])
A("uk05", "uk", "held_out",
  "КАЇР, 9 березня — Обстріл, який тривав кілька годин, забрав життя 18 людей, повідомило міністерство охорони "
  "здоров'я Гази. Армія оборони Ізраїлю заявила, що вдарила по командному пункту ХАМАС. Представник ООН, який не мав "
  "права говорити публічно, розповів агентству Reuters, що гуманітарні конвої зупинено. Єгипет відмовився від "
  "коментарів.\n",
  [S("міністерство охорони здоров'я Гази", "повідомило", "Обстріл, який тривав кілька годин, забрав життя 18 людей"),
   S("Армія оборони Ізраїлю", "заявила", "вдарила по командному пункту ХАМАС"),
   S("Представник ООН", "розповів", "гуманітарні конвої зупинено", ["Reuters", "Представник ООН"])])
A("uk06", "uk", "held_out",
  "КИШИНІВ, 17 січня — Президентка Молдови Мая Санду заявила, що Росія намагається дестабілізувати ситуацію в "
  "Придністров'ї. За даними молдовської поліції, на кордоні затримали двох громадян Росії. Тираспіль назвав ці заяви "
  "«провокацією». Як передає агентство IPN, уряд скликав засідання Ради безпеки.\n",
  [S("Президентка Молдови Мая Санду", "заявила", "Росія намагається дестабілізувати ситуацію в Придністров'ї"),
   S("молдовської поліції", "За даними", "на кордоні затримали двох громадян Росії"),
   S("Тираспіль", "назвав", "провокацією"),
   S("агентство IPN", "передає", "уряд скликав засідання Ради безпеки")])

ART.write(OUT, "wire20")
