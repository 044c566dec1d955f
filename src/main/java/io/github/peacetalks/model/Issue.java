package io.github.peacetalks.model;

/** What a position is about: a closed set. */
public enum Issue {
    /** Talks, peace talks, dialogue, mediation, a meeting of leaders or delegations, a diplomatic solution. */
    NEGOTIATIONS,
    /** Ceasefire, truce, armistice, a halt to (some) attacks. */
    CEASEFIRE,
    /** A specific plan, draft agreement or set of proposals, and changes to it. */
    PEACE_PLAN,
    /** Ukraine joining NATO. */
    NATO_MEMBERSHIP,
    /** Ukraine joining the EU. */
    EU_MEMBERSHIP,
    /** A neutral or non-aligned status of Ukraine. */
    NEUTRALITY,
    /** Guarantees for Ukraine's security after the war. */
    SECURITY_GUARANTEES,
    /** Ceding, annexing or recognising control of territory. */
    TERRITORY,
    /** Withdrawal of troops from territory. */
    WITHDRAWAL,
    /** Deliveries of weapons, munitions or military aid to Ukraine. */
    WEAPONS_SUPPLY,
    /** Limits on Ukraine's armed forces. */
    DEMILITARIZATION,
    /** Russia's "denazification" demand. */
    DENAZIFICATION,
    /** Sanctions on Russia: imposing, keeping or tightening them. */
    SANCTIONS,
    /** Lifting, easing or suspending sanctions on Russia, unfreezing its assets. */
    SANCTIONS_RELIEF,
    /** Use or threat of nuclear weapons. */
    NUCLEAR_WEAPONS,
    /** Continuing, expanding or escalating military operations. */
    MILITARY_ACTION,
    /** Foreign troops or peacekeepers in Ukraine. */
    FOREIGN_TROOPS,
    /** Anything else a position is about. */
    OTHER
}
