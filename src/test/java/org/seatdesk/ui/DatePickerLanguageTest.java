package org.seatdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.seatdesk.i18n.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The leave, swap and notice forms' date pickers show and read dates in the console's language:
/// a Spanish console on an English machine showed 11/24/2026 and read 3/12/2026 as 12 March.
@ExtendWith(ApplicationExtension.class)
class DatePickerLanguageTest {

    private final SimpleObjectProperty<LocalDate> day = new SimpleObjectProperty<>(LocalDate.of(2026, 11, 24));
    private DatePicker picker;

    @Start
    void start(Stage stage) {
        picker = FormParts.datePicker("leave-from", day, new Messages(Locale.forLanguageTag("es")));
        stage.setScene(new Scene(new StackPane(picker), 300, 100));
        stage.show();
    }

    @Test
    void aSpanishPickerWritesDayMonthYearAndReadsWhatIsTypedTheSameWay(FxRobot robot) {
        assertThat(picker.getEditor().getText()).isEqualTo("24/11/2026");

        robot.interact(() -> {
            picker.getEditor().setText("3/12/2026");
            picker.commitValue();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(day.get()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(picker.getEditor().getText()).isEqualTo("3/12/2026");
    }

    @Test
    void theCalendarNamesMonthsAndWeekdaysInTheConsolesLanguageAndLeavesTheMachinesDefaultAlone(FxRobot robot) {
        Locale machine = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.ENGLISH);
        try {
            robot.interact(picker::show);
            WaitForAsyncUtils.waitForFxEvents();

            Set<String> labels = robot.lookup(".date-picker-popup .label").queryAllAs(Label.class).stream()
                    .map(Label::getText).collect(Collectors.toSet());
            assertThat(labels).contains("Noviembre").doesNotContain("November");
            assertThat(robot.lookup(".day-name-cell").queryAllAs(DateCell.class).stream().map(DateCell::getText))
                    .contains("Lun", "Mié").doesNotContain("Mon", "Wed");

            robot.interact(picker::hide);
            assertThat(Locale.getDefault(Locale.Category.FORMAT)).isEqualTo(Locale.ENGLISH);
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, machine);
        }
    }
}
