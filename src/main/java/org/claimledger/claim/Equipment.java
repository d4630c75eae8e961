package org.claimledger.claim;

import org.claimledger.common.WireConverter;
import org.claimledger.common.WireEnum;

/**
 * Types of military equipment. Some are broader than others ("tanks and other armored vehicles"
 * is {@link #ARMORED_VEHICLE}, which includes {@link #TANK}); figures for a broader type are not
 * comparable with figures for a narrower one.
 */
public enum Equipment implements WireEnum {
    MILITARY_VEHICLE(null),
    ARMORED_VEHICLE(MILITARY_VEHICLE),
    TANK(ARMORED_VEHICLE),
    AFV(ARMORED_VEHICLE),
    ENGINEERING_VEHICLE(ARMORED_VEHICLE),
    TRUCK(MILITARY_VEHICLE),
    ARTILLERY(null),
    MLRS(ARTILLERY),
    AIR_DEFENSE(null),
    AIRCRAFT(null),
    HELICOPTER(null),
    UAV(null),
    MISSILE_LAUNCHER(null),
    COMMAND_POST(null),
    AMMUNITION_DEPOT(null),
    RADAR(null),
    OTHER(null);

    private final Equipment broader;

    Equipment(Equipment broader) {
        this.broader = broader;
    }

    /** True when this type is {@code other} or a kind of it. */
    public boolean isWithin(Equipment other) {
        for (Equipment e = this; e != null; e = e.broader) {
            if (e == other) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String wire() {
        return WireEnum.wireName(this);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class DbConverter extends WireConverter<Equipment> {
        public DbConverter() {
            super(Equipment.class);
        }
    }
}
