package org.seatdesk.settings;

import java.util.Map;

public interface SettingRepository {

    Map<String, String> all();

    void put(String name, String value);
}
