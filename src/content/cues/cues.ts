import type { GuideCue } from "./types.js";

/**
 * The signs in the guide, adapted from Kathryn Barnard's work on parent-child communication (NCAST) and
 * written in Attune's own words; the hunger signs follow Queensland Health's early, mid and late feeding
 * cues. Grouped and ordered as the guide shows them.
 */
export const guideCues: readonly GuideCue[] = [
  // Engagement, clear signs
  {
    id: "stilling",
    group: "engagement",
    level: "obvious",
    name: { en: "Going still", es: "Deja de moverse" },
    looksLike: {
      en: "Your baby stops wriggling and goes quiet, as if listening.",
      es: "Tu bebé deja de moverse y se queda en calma, como si escuchara.",
    },
    asks: {
      en: "“I'm tuning in to you. Keep going, gently.”",
      es: "«Te estoy prestando atención. Sigue, con suavidad».",
    },
    icon: "face-looking",
  },
  {
    id: "looking-at-face",
    group: "engagement",
    level: "obvious",
    name: { en: "Looking at your face", es: "Mira tu cara" },
    looksLike: {
      en: "Their eyes find yours and stay there.",
      es: "Sus ojos buscan los tuyos y se quedan ahí.",
    },
    asks: {
      en: "“I'm ready to be with you. Talk, smile, play.”",
      es: "«Tengo ganas de estar contigo. Háblame, sonríeme, juega conmigo».",
    },
    icon: "face-looking",
  },
  {
    id: "turning-toward",
    group: "engagement",
    level: "obvious",
    name: { en: "Turning toward you", es: "Se gira hacia ti" },
    looksLike: {
      en: "Head or body turns to follow your voice or your face.",
      es: "Gira la cabeza o el cuerpo para seguir tu voz o tu cara.",
    },
    asks: {
      en: "“I like hearing you. Keep talking.”",
      es: "«Me gusta oírte. Sigue hablándome».",
    },
    icon: "face-looking",
  },
  {
    id: "smooth-movements",
    group: "engagement",
    level: "obvious",
    name: { en: "Smooth movements", es: "Movimientos suaves" },
    looksLike: {
      en: "Arms and legs move slowly and smoothly rather than in jerks.",
      es: "Brazos y piernas se mueven despacio y con suavidad, sin sacudidas.",
    },
    asks: {
      en: "“I'm comfortable. This is a good time to be together.”",
      es: "«Estoy a gusto. Es un buen momento para estar juntos».",
    },
    icon: "smooth-wave",
  },
  {
    id: "reaching",
    group: "engagement",
    level: "obvious",
    name: { en: "Reaching for you", es: "Estira los brazos hacia ti" },
    looksLike: {
      en: "Hands or arms stretch out toward you or your face.",
      es: "Estira las manos o los brazos hacia ti o hacia tu cara.",
    },
    asks: {
      en: "“Come closer. I want to be with you.”",
      es: "«Acércate. Quiero estar contigo».",
    },
    icon: "reach",
  },
  {
    id: "smiling",
    group: "engagement",
    level: "obvious",
    name: { en: "Smiling", es: "Sonríe" },
    looksLike: {
      en: "A relaxed smile, often while looking at you.",
      es: "Una sonrisa relajada, a menudo mientras te mira.",
    },
    asks: {
      en: "“This feels good. Smile back and let's keep going.”",
      es: "«Esto me gusta. Devuélveme la sonrisa y sigamos».",
    },
    icon: "smile",
  },
  {
    id: "feeding-sounds",
    group: "engagement",
    level: "obvious",
    name: { en: "Feeding sounds", es: "Sonidos al comer" },
    looksLike: {
      en: "Soft, steady sucking and swallowing sounds during a feed.",
      es: "Sonidos suaves y regulares de succionar y tragar durante la toma.",
    },
    asks: {
      en: "“I'm settled and feeding. Stay with me like this.”",
      es: "«Estoy a gusto comiendo. Quédate así conmigo».",
    },
    icon: "coo",
  },
  {
    id: "cooing-babbling",
    group: "engagement",
    level: "obvious",
    name: { en: "Cooing and babbling", es: "Gorjeos y balbuceos" },
    looksLike: {
      en: "Soft vowel sounds at first, and later strings of babble.",
      es: "Primero sonidos suaves de vocales y, más adelante, cadenas de balbuceos.",
    },
    asks: {
      en: "“Talk back to me. Let's take turns.”",
      es: "«Contéstame. Hablemos por turnos».",
    },
    icon: "coo",
  },
  // Engagement, subtle signs
  {
    id: "bright-eyes",
    group: "engagement",
    level: "subtle",
    name: { en: "Wide, bright eyes", es: "Ojos abiertos y brillantes" },
    looksLike: {
      en: "Eyes open wide and shine, brows lift a little.",
      es: "Abre mucho los ojos, le brillan y levanta un poco las cejas.",
    },
    asks: {
      en: "“I'm interested. Show me more.”",
      es: "«Me interesa. Enséñame más».",
    },
    icon: "bright-eyes",
  },
  {
    id: "bright-face",
    group: "engagement",
    level: "subtle",
    name: { en: "A bright face", es: "La cara se ilumina" },
    looksLike: {
      en: "The face looks open and lively, the mouth soft or a little open.",
      es: "La cara se ve abierta y despierta, con la boca relajada o un poco abierta.",
    },
    asks: {
      en: "“I'm ready for you. This is a good time to play.”",
      es: "«Tengo ganas de jugar. Es un buen momento».",
    },
    icon: "smile",
  },
  {
    id: "raising-head",
    group: "engagement",
    level: "subtle",
    name: { en: "Lifting the head", es: "Levanta la cabeza" },
    looksLike: {
      en: "The head lifts or turns up toward you, for example during tummy time.",
      es: "Levanta la cabeza o la gira hacia ti, por ejemplo cuando está boca abajo.",
    },
    asks: {
      en: "“I want to see you. Come where I can see you.”",
      es: "«Quiero verte. Ponte donde pueda verte».",
    },
    icon: "head-up",
  },
  {
    id: "open-hands",
    group: "engagement",
    level: "subtle",
    name: { en: "Open, relaxed hands", es: "Manos abiertas y relajadas" },
    looksLike: {
      en: "The hands rest open, the fingers softly curled rather than held in tight fists.",
      es: "Tiene las manos abiertas, con los dedos un poco doblados y sueltos, no apretados en un puño.",
    },
    asks: {
      en: "“I'm relaxed and open to you. Stay with me.”",
      es: "«Estoy a gusto y con ganas de estar contigo. Quédate conmigo».",
    },
    sources: ["sumnerSpietz1994", "muller2013"],
    icon: "open-hand",
  },
  // Disengagement, clear signs
  {
    id: "turning-away",
    group: "disengagement",
    level: "obvious",
    name: { en: "Turning the head away", es: "Aparta la cabeza" },
    looksLike: {
      en: "The head turns firmly to one side, away from your face.",
      es: "Gira la cabeza con decisión hacia un lado, lejos de tu cara.",
    },
    asks: {
      en: "“I need a break. Pause, and let me come back to you.”",
      es: "«Necesito un descanso. Para un momento y deja que vuelva a ti».",
    },
    icon: "face-away",
  },
  {
    id: "pushing-away",
    group: "disengagement",
    level: "obvious",
    name: { en: "Pushing away", es: "Te aparta" },
    looksLike: {
      en: "Hands, arms or feet push against you.",
      es: "Empuja con las manos, los brazos o los pies.",
    },
    asks: {
      en: "“This is too much. Give me a little space.”",
      es: "«Esto es demasiado. Dame un poco de espacio».",
    },
    icon: "palm",
  },
  {
    id: "arching-back",
    group: "disengagement",
    level: "obvious",
    name: { en: "Arching the back", es: "Arquea la espalda" },
    looksLike: {
      en: "Back and neck arch, pulling the body away from you.",
      es: "Arquea la espalda y el cuello y echa el cuerpo hacia atrás, lejos de ti.",
    },
    asks: {
      en: "“Stop or change what is happening. I'm overwhelmed or uncomfortable.”",
      es: "«Para o cambia lo que está pasando. Es demasiado o algo me molesta».",
    },
    icon: "arching",
  },
  {
    id: "crying",
    group: "disengagement",
    level: "obvious",
    name: { en: "Crying", es: "Llora" },
    looksLike: {
      en: "Fussing that builds into full crying.",
      es: "Un quejido que va creciendo hasta convertirse en llanto.",
    },
    asks: {
      en: "“Help me calm down: hold me, lower the noise, slow everything down.”",
      es: "«Ayúdame a calmarme: abrázame, baja el ruido, ve más despacio».",
    },
    icon: "crying",
  },
  {
    id: "coughing-choking",
    group: "disengagement",
    level: "obvious",
    name: { en: "Coughing or choking", es: "Tose o se atraganta" },
    looksLike: {
      en: "Coughing, gagging or spluttering, often during a feed.",
      es: "Tose, tiene arcadas o se atraganta, a menudo durante la toma.",
    },
    asks: {
      en: "“Pause the feed, hold me upright and let me catch my breath.” If your baby cannot breathe, cry or cough, or turns blue or grey, it is an emergency: call the emergency number now.",
      es: "«Para la toma, sostenme en vertical y deja que recupere el aliento». Si tu bebé no puede respirar, llorar ni toser, o se pone azul o gris, es una emergencia: llama ya al número de emergencias.",
    },
    stepsUpTo: ["trouble_breathing", "blue_or_grey"],
    sources: ["nhsChoking"],
    icon: "cough",
  },
  {
    id: "splayed-fingers",
    group: "disengagement",
    level: "obvious",
    name: { en: "Splayed fingers", es: "Dedos muy abiertos" },
    looksLike: {
      en: "Fingers spread wide and stiff, like a starfish.",
      es: "Abre los dedos al máximo y los pone rígidos, como una estrella de mar.",
    },
    asks: {
      en: "“Things are a bit much. Slow down or pause.”",
      es: "«Esto es un poco demasiado. Ve más despacio o haz una pausa».",
    },
    icon: "splayed-fingers",
  },
  {
    id: "stiff-hand",
    group: "disengagement",
    level: "obvious",
    name: { en: "A stiff, raised hand", es: "Mano rígida y levantada" },
    looksLike: {
      en: "A hand held up stiffly, palm out, as if saying stop.",
      es: "Levanta una mano rígida, con la palma hacia fuera, como diciendo «para».",
    },
    asks: {
      en: "“Please pause. I need a moment.”",
      es: "«Para, por favor. Necesito un momento».",
    },
    icon: "palm",
  },
  {
    id: "falling-asleep",
    group: "disengagement",
    level: "obvious",
    name: { en: "Falling asleep", es: "Se duerme" },
    looksLike: {
      en: "Drifting off in the middle of play or a feed.",
      es: "Se duerme en mitad del juego o de la toma.",
    },
    asks: {
      en: "“I've had enough for now. Let me rest.”",
      es: "«Ya he tenido bastante por ahora. Déjame descansar».",
    },
    icon: "asleep",
  },
  // Disengagement, subtle signs
  {
    id: "looking-away",
    group: "disengagement",
    level: "subtle",
    name: { en: "Looking away", es: "Aparta la mirada" },
    looksLike: {
      en: "The eyes drift away from your face for a moment.",
      es: "Aparta los ojos de tu cara durante un momento.",
    },
    asks: {
      en: "“I need a short break. Wait, and I'll look back when I'm ready.”",
      es: "«Necesito un pequeño descanso. Espera, y volveré a mirarte cuando pueda».",
    },
    icon: "face-away",
  },
  {
    id: "faster-breathing",
    group: "disengagement",
    level: "subtle",
    name: { en: "Faster breathing", es: "Respira más rápido" },
    looksLike: {
      en: "Breathing speeds up or turns uneven.",
      es: "La respiración se acelera o se vuelve irregular.",
    },
    asks: {
      en: "“I'm getting wound up. Slow things down.”",
      es: "«Me estoy alterando. Baja el ritmo».",
    },
    icon: "breath",
  },
  {
    id: "yawning",
    group: "disengagement",
    level: "subtle",
    name: { en: "Yawning during play", es: "Bosteza mientras juega" },
    looksLike: {
      en: "A yawn in the middle of play, even when not sleepy.",
      es: "Un bostezo en pleno juego, aunque no tenga sueño.",
    },
    asks: {
      en: "“I need a little pause from all this.”",
      es: "«Necesito una pequeña pausa de todo esto».",
    },
    icon: "yawn",
  },
  {
    id: "hand-to-ear",
    group: "disengagement",
    level: "subtle",
    name: { en: "Hand to ear", es: "Mano a la oreja" },
    looksLike: {
      en: "A hand goes up to the ear or the side of the head.",
      es: "Se lleva una mano a la oreja o al lado de la cabeza.",
    },
    asks: {
      en: "“It's loud or busy. Make things quieter.”",
      es: "«Hay mucho ruido o movimiento. Baja el volumen de todo».",
    },
    icon: "ear",
  },
  {
    id: "grimacing",
    group: "disengagement",
    level: "subtle",
    name: { en: "Grimacing", es: "Hace muecas" },
    looksLike: {
      en: "A brief scrunched or pained look on the face.",
      es: "Arruga la cara un momento, con gesto de molestia.",
    },
    asks: {
      en: "“Something is uncomfortable. Check on me and ease off.”",
      es: "«Algo me molesta. Mira qué me pasa y ve más suave».",
    },
    icon: "frown",
  },
  {
    id: "glazed-look",
    group: "disengagement",
    level: "subtle",
    name: { en: "A glazed look", es: "Mirada perdida" },
    looksLike: {
      en: "The eyes look dull or unfocused, as if looking through you.",
      es: "Los ojos se ven apagados o desenfocados, como si miraran a través de ti.",
    },
    asks: {
      en: "“I've switched off. Give me some quiet time.”",
      es: "«Me he desconectado. Dame un rato de calma».",
    },
    icon: "stare",
  },
  // Hunger, early signs
  {
    id: "stirring",
    group: "hunger",
    level: "early",
    name: { en: "Stirring", es: "Se remueve" },
    looksLike: {
      en: "Moving, wriggling or waking from light sleep.",
      es: "Se mueve, se retuerce o se despierta de un sueño ligero.",
    },
    asks: {
      en: "“I may be getting hungry. Get ready to feed me.”",
      es: "«Puede que me esté entrando hambre. Prepárate para darme de comer».",
    },
    icon: "stir",
  },
  {
    id: "mouth-opening",
    group: "hunger",
    level: "early",
    name: { en: "Opening the mouth", es: "Abre la boca" },
    looksLike: {
      en: "The mouth opens, lips smack or the tongue pokes out.",
      es: "Abre la boca, chasquea los labios o saca la lengua.",
    },
    asks: {
      en: "“I'm starting to feel hungry. Now is a good time to feed.”",
      es: "«Empiezo a tener hambre. Ahora es buen momento para comer».",
    },
    icon: "mouth-open",
  },
  {
    id: "rooting",
    group: "hunger",
    level: "early",
    name: { en: "Rooting", es: "Busca con la boca" },
    looksLike: {
      en: "The head turns and the mouth opens to search, especially when a cheek is touched.",
      es: "Gira la cabeza y abre la boca buscando, sobre todo si le rozas la mejilla.",
    },
    asks: {
      en: "“I'm looking for milk. Offer me a feed.”",
      es: "«Estoy buscando leche. Ofréceme la toma».",
    },
    icon: "rooting",
  },
  // Hunger, mid signs
  {
    id: "stretching",
    group: "hunger",
    level: "mid",
    name: { en: "Stretching", es: "Se estira" },
    looksLike: {
      en: "Arms and legs stretch out and the body moves more.",
      es: "Estira los brazos y las piernas y mueve más el cuerpo.",
    },
    asks: {
      en: "“I'm getting hungrier. Let's feed soon.”",
      es: "«Tengo cada vez más hambre. Comamos pronto».",
    },
    icon: "stretch",
  },
  {
    id: "more-movement",
    group: "hunger",
    level: "mid",
    name: { en: "More and more movement", es: "Cada vez más movimiento" },
    looksLike: {
      en: "Wriggling and squirming that keeps building.",
      es: "Se retuerce y se mueve cada vez más.",
    },
    asks: {
      en: "“Feed me now, before I get upset.”",
      es: "«Dame de comer ya, antes de que me altere».",
    },
    icon: "wriggle",
  },
  {
    id: "hand-to-mouth",
    group: "hunger",
    level: "mid",
    name: { en: "Hand to mouth", es: "Mano a la boca" },
    looksLike: {
      en: "Fists or fingers go to the mouth to suck.",
      es: "Se lleva el puño o los dedos a la boca para chupar.",
    },
    asks: {
      en: "“I'm hungry. Let's feed.” (Sometimes it is also how babies calm themselves.)",
      es: "«Tengo hambre. Vamos a comer». (A veces también es su forma de calmarse).",
    },
    icon: "hand-to-mouth",
  },
  // Hunger, late signs
  {
    id: "hunger-crying",
    group: "hunger",
    level: "late",
    name: { en: "Crying", es: "Llora" },
    looksLike: {
      en: "Loud, urgent crying.",
      es: "Un llanto fuerte y urgente.",
    },
    asks: {
      en: "“Calm me first, then feed me. It's hard to feed while I'm crying.”",
      es: "«Primero cálmame y luego dame de comer. Me cuesta comer mientras lloro».",
    },
    icon: "crying",
  },
  {
    id: "agitated-movement",
    group: "hunger",
    level: "late",
    name: { en: "Agitated movement", es: "Movimientos agitados" },
    looksLike: {
      en: "Frantic, jerky movements of the arms and legs.",
      es: "Mueve los brazos y las piernas de forma frenética y brusca.",
    },
    asks: {
      en: "“Calm me first: hold me close, then feed me.”",
      es: "«Primero cálmame: abrázame y luego dame de comer».",
    },
    icon: "jerky",
  },
  {
    id: "reddening",
    group: "hunger",
    level: "late",
    name: { en: "Face flushing", es: "La cara se enrojece" },
    looksLike: {
      en: "The face flushes red or darker while crying.",
      es: "La cara se pone roja o más oscura mientras llora.",
    },
    asks: {
      en: "“Calm me first, then feed me.”",
      es: "«Primero cálmame y luego dame de comer».",
    },
    visibilityNote: {
      en: "A change of color can be hard to see on darker skin. Look for the other late signs: loud crying, a tense body, frantic movement.",
      es: "En la piel más oscura el cambio de color puede costar de ver. Fíjate en las otras señales tardías: llanto fuerte, cuerpo tenso, movimientos frenéticos.",
    },
    icon: "flushed",
  },
  // Tired
  {
    id: "staring",
    group: "tired",
    name: { en: "Staring", es: "Se queda mirando fijamente" },
    looksLike: {
      en: "A fixed, faraway stare.",
      es: "Una mirada fija y lejana.",
    },
    asks: {
      en: "“I'm getting tired. Let's start winding down.”",
      es: "«Me está entrando sueño. Empecemos a bajar el ritmo».",
    },
    icon: "stare",
  },
  {
    id: "losing-interest",
    group: "tired",
    name: { en: "Losing interest", es: "Pierde el interés" },
    looksLike: {
      en: "Turns away from toys, faces and play.",
      es: "Deja de prestar atención a los juguetes, las caras y el juego.",
    },
    asks: {
      en: "“That's enough for now. Fewer things at once, please.”",
      es: "«Ya es suficiente por ahora. Menos cosas a la vez, por favor».",
    },
    icon: "sleepy-eyes",
  },
  {
    id: "fussing",
    group: "tired",
    name: { en: "Fussing", es: "Se queja" },
    looksLike: {
      en: "Whiny, grizzly sounds that come and go.",
      es: "Quejidos y lloriqueos que van y vienen.",
    },
    asks: {
      en: "“Help me settle. Somewhere quieter and dimmer would help.”",
      es: "«Ayúdame a calmarme. Un sitio más tranquilo y con menos luz me vendría bien».",
    },
    icon: "frown",
  },
  {
    id: "jerky-movements",
    group: "tired",
    name: { en: "Jerky movements", es: "Movimientos bruscos" },
    looksLike: {
      en: "Sudden, jerky movements of the arms and legs.",
      es: "Movimientos repentinos y bruscos de brazos y piernas.",
    },
    asks: {
      en: "“I'm overtired. Help me slow down.”",
      es: "«Ya no puedo más de sueño. Ayúdame a bajar el ritmo».",
    },
    icon: "jerky",
  },
  {
    id: "clenched-fists",
    group: "tired",
    name: { en: "Clenched fists", es: "Puños apretados" },
    looksLike: {
      en: "Hands tighten into fists.",
      es: "Aprieta las manos en puños.",
    },
    asks: {
      en: "“I'm tired and tense. Help me relax and rest.”",
      es: "«Tengo sueño y estoy en tensión. Ayúdame a relajarme y descansar».",
    },
    icon: "fist",
  },
  {
    id: "eye-rubbing",
    group: "tired",
    name: { en: "Rubbing the eyes", es: "Se frota los ojos" },
    looksLike: {
      en: "Fists rub at the eyes or the face.",
      es: "Se frota los ojos o la cara con los puños.",
    },
    asks: {
      en: "“I'm ready for sleep soon.”",
      es: "«Pronto voy a necesitar dormir».",
    },
    icon: "eye-rub",
  },
  {
    id: "tired-yawning",
    group: "tired",
    name: { en: "Yawning", es: "Bosteza" },
    looksLike: {
      en: "Yawns that come one after another.",
      es: "Un bostezo detrás de otro.",
    },
    asks: {
      en: "“Sleep is close. Let's start the bedtime steps.”",
      es: "«Ya casi es hora de dormir. Empecemos la rutina de la noche».",
    },
    icon: "yawn",
  },
  {
    id: "frowning",
    group: "tired",
    name: { en: "Frowning", es: "Frunce el ceño" },
    looksLike: {
      en: "Brows knit together and the face looks tense.",
      es: "Junta las cejas y la cara se ve tensa.",
    },
    asks: {
      en: "“I'm getting tired. Keep things calm around me.”",
      es: "«Me está entrando sueño. Que todo esté tranquilo a mi alrededor».",
    },
    icon: "frown",
  },
];
