"""Writes wire23_tune.json / wire23_held_out.json (hand-written articles, expected statements).

    python tests/components/statements/data/wire23_build.py tests/components/statements/data

Same format as wire19-22 (scored by ``wire19_score.py --set wire23``).  Rich in a non-response followed
by a noun ("Le Kremlin n'a pas répondu à une demande de commentaire", "did not respond to a request for
comment", "не ответили на запрос", "не відповіли на запит": no statement, so no gold), a capital standing
for its officials with an aside before the verb ("À Kyiv, de son côté, on affirme que …", "В Киеве, в
свою очередь, заявили …", "У Москві, своєю чергою, заявили …": the capital is the source), French verbs
governing the cue ("s'est contenté de dire", "s'est borné à affirmer", "a tenu à souligner", "a préféré
rappeler"), English reduced relatives with "reported" / "announced" ("the 312 cases reported since
January", "the measures announced on Monday": no statement of their own) and Slavic headlines ending in a
dash and a speaker's name ("… - Лавров", "… – Зеленський": the name is the source, the dash the cue);
ordinary attribution around them."""
import sys

from wire_build import Articles, S

OUT = sys.argv[1]
ART = Articles()
A = ART.add


# ---------------- English ----------------
A("en01", "en", "tune",
  "MOGADISHU, April 9 (Reuters) - Al Shabaab fighters overran a military base near the town of Moqokori in Hiiraan "
  "region on Wednesday, a local elder said. The militants said in a statement that they had killed 17 soldiers. "
  "Somalia's information minister told reporters that troops had withdrawn to regroup and would retake the base. The "
  "African Union mission did not respond to a request for comment on the attack.\n",
  [S("a local elder", "said",
     "Al Shabaab fighters overran a military base near the town of Moqokori in Hiiraan region on Wednesday"),
   S("The militants", "said", "they had killed 17 soldiers"),
   S("Somalia's information minister", "told", "troops had withdrawn to regroup and would retake the base")])
A("en02", "en", "tune",
  "Cholera spreads in Yemen's Hodeidah, WHO says\n\n"
  "GENEVA, July 14 (AP) - The World Health Organization said on Monday that most of the 4,800 suspected cholera cases "
  "reported since May were in Hodeidah province. The funding cuts announced by donors in March had forced clinics to "
  "close, a WHO spokeswoman told a briefing. The Houthi-run health ministry did not respond to requests for comment. "
  "According to Save the Children, a third of the patients are under five.\n",
  [S("WHO", "says", "Cholera spreads in Yemen's Hodeidah"),
   S("The World Health Organization", "said",
     "most of the 4,800 suspected cholera cases reported since May were in Hodeidah province"),
   S("a WHO spokeswoman", "told", "The funding cuts announced by donors in March had forced clinics to close"),
   S("Save the Children", "According to", "a third of the patients are under five")])
A("en03", "en", "tune",
  "QUITO, Nov 13 (Reuters) - At least 31 inmates were killed in clashes between rival gangs at a prison in Guayaquil, "
  "Ecuador's prison agency said on Thursday. The agency said the state of emergency announced last week would be "
  "extended to two more provinces. Police commander Victor Zarate told local radio that officers had found rifles "
  "and grenades in the cells. The interior ministry did not immediately respond to a request for comment.\n",
  [S("Ecuador's prison agency", "said",
     "At least 31 inmates were killed in clashes between rival gangs at a prison in Guayaquil"),
   S("The agency", "said", "the state of emergency announced last week would be extended to two more provinces"),
   S("Police commander Victor Zarate", "told", "officers had found rifles and grenades in the cells")])
A("en04", "en", "held_out",
  "MAPUTO, Sept 2 (Reuters) - Islamist insurgents attacked the town of Macomia in Cabo Delgado province overnight, "
  "burning dozens of homes, residents said. The army said its soldiers had pushed the attackers back into the forest. "
  "TotalEnergies did not respond to a request for comment on its gas project nearby. The 11,000 people displaced "
  "reported by the IOM last month were still sheltering in Pemba, a local official said.\n",
  [S("residents", "said",
     "Islamist insurgents attacked the town of Macomia in Cabo Delgado province overnight, burning dozens of homes"),
   S("The army", "said", "its soldiers had pushed the attackers back into the forest"),
   S("a local official", "said",
     "The 11,000 people displaced reported by the IOM last month were still sheltering in Pemba")])
A("en05", "en", "held_out",
  "Pakistan says militants killed in Khyber raid\n\n"
  "PESHAWAR, Jan 21 (AP) - Security forces killed eight militants in a raid in Khyber district on Tuesday, the "
  "military's media wing said. The Pakistani Taliban said in a message to reporters that none of its fighters had "
  "been killed. The Afghan Taliban government did not respond to a request for comment. Officials said the curfew "
  "announced on Sunday would stay in place until Friday.\n",
  [S("Pakistan", "says", "militants killed in Khyber raid"),
   S("the military's media wing", "said",
     "Security forces killed eight militants in a raid in Khyber district on Tuesday"),
   S("The Pakistani Taliban", "said", "none of its fighters had been killed"),
   S("Officials", "said", "the curfew announced on Sunday would stay in place until Friday")])
A("en06", "en", "held_out",
  "BOGOTA, Feb 6 (Reuters) - Fighting between ELN guerrillas and FARC dissidents in the Catatumbo region has forced "
  "more than 50,000 people from their homes, Colombia's ombudsman said. President Gustavo Petro said on X that "
  "peace talks with the ELN were suspended. The ELN did not respond to a request for comment. \"We left with "
  "nothing,\" a farmer told Reuters in Cucuta.\n",
  [S("Colombia's ombudsman", "said",
     "Fighting between ELN guerrillas and FARC dissidents in the Catatumbo region has forced more than 50,000 people "
     "from their homes"),
   S("President Gustavo Petro", "said", "peace talks with the ELN were suspended"),
   S("a farmer", "told", "We left with nothing,", ["Reuters", "a farmer"])])

# ---------------- French ----------------
A("fr01", "fr", "tune",
  "N'DJAMENA, 10 janvier (AFP) - Des hommes armés ont attaqué mercredi soir la présidence tchadienne, a annoncé le "
  "porte-parole du gouvernement. Le ministre de la Sécurité publique s'est contenté de dire que « la situation est "
  "sous contrôle ». Le ministère des Affaires étrangères n'a pas répondu à une demande de commentaire de l'AFP. "
  "Selon des témoins, des tirs ont été entendus pendant une heure dans le centre de la capitale.\n",
  [S("le porte-parole du gouvernement", "annoncé",
     "Des hommes armés ont attaqué mercredi soir la présidence tchadienne"),
   S("Le ministre de la Sécurité publique", "dire", "la situation est sous contrôle"),
   S("des témoins", "Selon", "des tirs ont été entendus pendant une heure dans le centre de la capitale")])
A("fr02", "fr", "tune",
  "MAROUA, 3 juin (Reuters) - Des combattants de Boko Haram ont tué onze villageois dans la région de l'Extrême-Nord "
  "du Cameroun, a indiqué jeudi un responsable local. Le gouverneur de la région s'est borné à affirmer que l'armée "
  "avait « pris la situation en main ». Le ministère de la Défense n'a pas répondu à une demande de commentaire. "
  "D'après Amnesty International, les attaques se sont multipliées depuis le début de l'année.\n",
  [S("un responsable local", "indiqué",
     "Des combattants de Boko Haram ont tué onze villageois dans la région de l'Extrême-Nord du Cameroun"),
   S("Le gouverneur de la région", "affirmer", "l'armée avait « pris la situation en main »"),
   S("Amnesty International", "D'après", "les attaques se sont multipliées depuis le début de l'année")])
A("fr03", "fr", "tune",
  "Ukraine : frappe sur une centrale thermique près de Kharkiv\n\n"
  "KIEV, 22 mars (AFP) - Une frappe russe a détruit dans la nuit une centrale thermique près de Kharkiv, a annoncé "
  "l'opérateur public. À Kyiv, de son côté, on affirme que Moscou vise délibérément le réseau électrique avant "
  "l'hiver. Le ministre de l'Énergie a tenu à souligner que les coupures ne dureraient « que quelques heures ». Le "
  "Kremlin n'a pas répondu à une demande de commentaire.\n",
  [S("l'opérateur public", "annoncé", "Une frappe russe a détruit dans la nuit une centrale thermique près de Kharkiv"),
   S("À Kyiv", "affirme", "Moscou vise délibérément le réseau électrique avant l'hiver"),
   S("Le ministre de l'Énergie", "souligner", "les coupures ne dureraient « que quelques heures »")])
A("fr04", "fr", "held_out",
  "BANGUI, 15 octobre (AFP) - Des rebelles ont pris le contrôle d'une localité minière dans l'ouest de la "
  "Centrafrique, selon des sources humanitaires. Le porte-parole de la présidence a préféré rappeler que « l'État "
  "reprendra chaque village ». La Minusca, de son côté, a indiqué avoir envoyé une patrouille. Le groupe russe "
  "Africa Corps n'a pas répondu à une demande de commentaire.\n",
  [S("des sources humanitaires", "selon",
     "Des rebelles ont pris le contrôle d'une localité minière dans l'ouest de la Centrafrique"),
   S("Le porte-parole de la présidence", "rappeler", "l'État reprendra chaque village"),
   S("La Minusca", "indiqué", "avoir envoyé une patrouille")])
A("fr05", "fr", "held_out",
  "ALEP, 30 novembre (Reuters) - Des combattants rebelles sont entrés dans Alep après une offensive éclair, a "
  "rapporté samedi l'Observatoire syrien des droits de l'homme. À Moscou, de son côté, on affirme que l'aviation "
  "russe soutient l'armée syrienne. Le ministre syrien de la Défense s'est contenté de dire que les troupes se "
  "« redéployaient ». Damas n'a pas répondu à une demande de commentaire de Reuters.\n",
  [S("l'Observatoire syrien des droits de l'homme", "rapporté",
     "Des combattants rebelles sont entrés dans Alep après une offensive éclair"),
   S("À Moscou", "affirme", "l'aviation russe soutient l'armée syrienne"),
   S("Le ministre syrien de la Défense", "dire", "les troupes se « redéployaient »")])
A("fr06", "fr", "held_out",
  "Kosovo : explosion sur un canal d'irrigation près de Zubin Potok\n\n"
  "PRISTINA, 30 novembre (AFP) - Une explosion a endommagé un canal qui alimente deux centrales électriques dans le "
  "nord du Kosovo, a déclaré le Premier ministre Albin Kurti, qui accuse Belgrade. À Belgrade, de son côté, on "
  "dément toute implication. Le président serbe s'est borné à affirmer que la Serbie « n'a rien à voir » avec "
  "l'attaque. La Kfor a tenu à souligner que ses soldats patrouillaient dans la zone.\n",
  [S("le Premier ministre Albin Kurti", "déclaré",
     "Une explosion a endommagé un canal qui alimente deux centrales électriques dans le nord du Kosovo"),
   S("À Belgrade", "dément", "toute implication"),
   S("Le président serbe", "affirmer", "la Serbie « n'a rien à voir » avec l'attaque"),
   S("La Kfor", "souligner", "ses soldats patrouillaient dans la zone")])

# ---------------- Russian ----------------
A("ru01", "ru", "tune",
  "Удары по энергосистеме продолжатся, пока Киев не сядет за стол переговоров - Лавров\n\n"
  "МОСКВА, 11 декабря — Министр иностранных дел России Сергей Лавров заявил, что удары по энергетике Украины являются "
  "ответом на атаки на российские НПЗ. В Киеве, в свою очередь, заявили, что Москва пытается оставить страну без "
  "света на зиму. В МИД Украины не ответили на запрос о комментарии.\n",
  [S("Лавров", "-", "Удары по энергосистеме продолжатся, пока Киев не сядет за стол переговоров"),
   S("Министр иностранных дел России Сергей Лавров", "заявил",
     "удары по энергетике Украины являются ответом на атаки на российские НПЗ"),
   S("В Киеве", "заявили", "Москва пытается оставить страну без света на зиму")])
A("ru02", "ru", "tune",
  "КУРСК, 6 августа — Украинские военные пересекли границу в районе Суджи, сообщил исполняющий обязанности "
  "губернатора Курской области Алексей Смирнов. По данным Минобороны, атака была отражена. В Киеве, в свою очередь, "
  "заявили, что не комментируют ход операции. В Генштабе ВСУ не ответили на запрос агентства.\n",
  [S("исполняющий обязанности губернатора Курской области Алексей Смирнов", "сообщил",
     "Украинские военные пересекли границу в районе Суджи"),
   S("Минобороны", "По данным", "атака была отражена"),
   S("В Киеве", "заявили", "не комментируют ход операции")])
A("ru03", "ru", "tune",
  "ТБИЛИСИ, 2 декабря — Полиция применила водометы против протестующих у здания парламента Грузии, сообщило "
  "министерство внутренних дел. Премьер-министр Ираклий Кобахидзе заявил, что оппозиция готовит «майдан». В "
  "Брюсселе, в свою очередь, призвали власти отказаться от насилия. Как передает агентство «Интерфакс», задержаны "
  "более 100 человек.\n",
  [S("министерство внутренних дел", "сообщило", "Полиция применила водометы против протестующих у здания парламента Грузии"),
   S("Премьер-министр Ираклий Кобахидзе", "заявил", "оппозиция готовит «майдан»"),
   S("В Брюсселе", "призвали", "власти отказаться от насилия"),
   S("агентство «Интерфакс»", "передает", "задержаны более 100 человек")])
A("ru04", "ru", "held_out",
  "Россия не будет выводить войска с базы Хмеймим - Песков\n\n"
  "МОСКВА, 9 декабря — Пресс-секретарь президента Дмитрий Песков заявил журналистам, что судьба российских баз в "
  "Сирии будет обсуждаться с новыми властями. В Дамаске, в свою очередь, заявили, что пока не получали таких "
  "предложений. В Минобороны не ответили на запрос РИА Новости.\n",
  [S("Песков", "-", "Россия не будет выводить войска с базы Хмеймим"),
   S("Пресс-секретарь президента Дмитрий Песков", "заявил",
     "судьба российских баз в Сирии будет обсуждаться с новыми властями"),
   S("В Дамаске", "заявили", "пока не получали таких предложений")])
A("ru05", "ru", "held_out",
  "БРЯНСК, 19 ноября — Украинские военные атаковали объект в Брянской области ракетами ATACMS, сообщило Минобороны "
  "России. По словам губернатора Александра Богомаза, пострадавших нет. В Вашингтоне, в свою очередь, заявили, что "
  "не комментируют удары. В посольстве США не ответили на запрос ТАСС.\n",
  [S("Минобороны России", "сообщило", "Украинские военные атаковали объект в Брянской области ракетами ATACMS"),
   S("губернатора Александра Богомаза", "По словам", "пострадавших нет"),
   S("В Вашингтоне", "заявили", "не комментируют удары")])
A("ru06", "ru", "held_out",
  "Переговоры с Баку зашли в тупик - Пашинян\n\n"
  "ЕРЕВАН, 14 мая — Премьер-министр Армении Никол Пашинян заявил в парламенте, что Азербайджан выдвигает новые "
  "условия для мирного договора. В Баку, в свою очередь, заявили, что Ереван затягивает переговоры. Как сообщает "
  "агентство «Арменпресс», переговоры министров намечены на июнь.\n",
  [S("Пашинян", "-", "Переговоры с Баку зашли в тупик"),
   S("Премьер-министр Армении Никол Пашинян", "заявил",
     "Азербайджан выдвигает новые условия для мирного договора"),
   S("В Баку", "заявили", "Ереван затягивает переговоры"),
   S("агентство «Арменпресс»", "сообщает", "переговоры министров намечены на июнь")])

# ---------------- Ukrainian ----------------
A("uk01", "uk", "tune",
  "Росія готує новий наступ на Запоріжжя – Зеленський\n\n"
  "КИЇВ, 7 березня — Президент Володимир Зеленський заявив у вечірньому зверненні, що Росія стягує війська до "
  "Запорізького напрямку. У Москві, своєю чергою, заявили, що звинувачення Києва безпідставні. У Міноборони Росії не "
  "відповіли на запит Укрінформу.\n",
  [S("Зеленський", "–", "Росія готує новий наступ на Запоріжжя"),
   S("Президент Володимир Зеленський", "заявив", "Росія стягує війська до Запорізького напрямку"),
   S("У Москві", "заявили", "звинувачення Києва безпідставні")])
A("uk02", "uk", "tune",
  "ХЕРСОН, 18 червня — Російські війська обстріляли центр Херсона з артилерії, повідомив начальник міської військової "
  "адміністрації Роман Мрочко. За даними прокуратури, загинули двоє людей. У Москві, своєю чергою, заявили, що "
  "завдали удару по пунктах управління ЗСУ. У штабі окупаційної адміністрації не відповіли на запит журналістів.\n",
  [S("начальник міської військової адміністрації Роман Мрочко", "повідомив",
     "Російські війська обстріляли центр Херсона з артилерії"),
   S("прокуратури", "За даними", "загинули двоє людей"),
   S("У Москві", "заявили", "завдали удару по пунктах управління ЗСУ")])
A("uk03", "uk", "tune",
  "Білорусь перекидає війська до кордону – Демченко\n\n"
  "КИЇВ, 25 липня — Речник Держприкордонслужби Андрій Демченко сказав, що біля кордону з Україною помічено колони "
  "білоруської техніки. У Мінську, своєю чергою, заявили, що йдеться про планові навчання. Як повідомляє "
  "«Українська правда», прикордонники посилили патрулювання на Волині.\n",
  [S("Демченко", "–", "Білорусь перекидає війська до кордону"),
   S("Речник Держприкордонслужби Андрій Демченко", "сказав",
     "біля кордону з Україною помічено колони білоруської техніки"),
   S("У Мінську", "заявили", "йдеться про планові навчання"),
   S("«Українська правда»", "повідомляє", "прикордонники посилили патрулювання на Волині")])
A("uk04", "uk", "held_out",
  "Україна отримає ще дві системи Patriot – Умєров\n\n"
  "КИЇВ, 12 вересня — Міністр оборони Рустем Умєров заявив, що Німеччина та Нідерланди передадуть Україні дві батареї "
  "Patriot до кінця року. У Берліні, своєю чергою, заявили, що рішення ще не ухвалене. У Міноборони Нідерландів не "
  "відповіли на запит.\n",
  [S("Умєров", "–", "Україна отримає ще дві системи Patriot"),
   S("Міністр оборони Рустем Умєров", "заявив",
     "Німеччина та Нідерланди передадуть Україні дві батареї Patriot до кінця року"),
   S("У Берліні", "заявили", "рішення ще не ухвалене")])
A("uk05", "uk", "held_out",
  "ДНІПРО, 3 лютого — Російська ракета влучила в житловий будинок у Дніпрі, повідомив голова обласної військової "
  "адміністрації Сергій Лисак. За словами рятувальників, під завалами можуть бути люди. У Москві, своєю чергою, "
  "заявили, що вразили військовий об'єкт. У Кремлі не відповіли на запит агентства.\n",
  [S("голова обласної військової адміністрації Сергій Лисак", "повідомив",
     "Російська ракета влучила в житловий будинок у Дніпрі"),
   S("рятувальників", "За словами", "під завалами можуть бути люди"),
   S("У Москві", "заявили", "вразили військовий об'єкт")])
A("uk06", "uk", "held_out",
  "ТБІЛІСІ, 4 грудня — Грузинська поліція затримала лідера опозиційної партії, повідомило МВС Грузії. Президентка "
  "Саломе Зурабішвілі сказала, що влада «воює з власним народом». У Брюсселі, своєю чергою, закликали Тбілісі "
  "звільнити затриманих. Як передає агентство Reuters, протести тривають восьму ніч поспіль.\n",
  [S("МВС Грузії", "повідомило", "Грузинська поліція затримала лідера опозиційної партії"),
   S("Президентка Саломе Зурабішвілі", "сказала", "влада «воює з власним народом»"),
   S("У Брюсселі", "закликали", "Тбілісі звільнити затриманих"),
   S("агентство Reuters", "передає", "протести тривають восьму ніч поспіль")])

ART.write(OUT, "wire23")
