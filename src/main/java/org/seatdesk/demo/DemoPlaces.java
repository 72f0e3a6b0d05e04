package org.seatdesk.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// Cities and districts of the two regions; a district is the area a field inspector covers.
final class DemoPlaces {

    record City(String nameZh, String nameEn, String region, String provinceZh, String phoneArea,
                String merchantArea) {
    }

    record District(City city, String nameZh, String nameEn, List<String> streets) {

        /// How an inspector's area is written, e.g. 广州市天河区 (R-TK-5 matches on it).
        String area() {
            return city.nameZh() + nameZh;
        }
    }

    private final List<District> districts;

    DemoPlaces(DemoContent content) {
        Map<String, City> cities = new LinkedHashMap<>();
        for (String[] row : content.rows("cities")) {
            cities.put(row[0], new City(row[0], row[1], row[2], row[3], row[4], row[5]));
        }
        districts = content.rows("districts").stream()
                .map(row -> new District(city(cities, row[0]), row[1], row[2], List.of(row).subList(3, row.length)))
                .toList();
    }

    private static City city(Map<String, City> cities, String name) {
        City city = cities.get(name);
        if (city == null) {
            throw new IllegalStateException("centre.txt: district of unknown city " + name);
        }
        return city;
    }

    List<District> districts() {
        return districts;
    }
}
