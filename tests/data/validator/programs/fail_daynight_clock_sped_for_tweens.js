// Day/night cycle: a 24-hour day passes in 24 seconds, the sky shifts between day and night colours, the sun rises and sets, stars fade in at night, and holding F fast-forwards time six times faster.
class TownScene extends Phaser.Scene {
    constructor() {
        super({ key: 'TownScene' });
    }

    preload() {
        const g = this.make.graphics({ add: false });
        g.fillStyle(0xc0392b).fillTriangle(0, 40, 40, 0, 80, 40);
        g.fillStyle(0xecf0f1).fillRect(8, 40, 64, 60);
        g.fillStyle(0x7f8c8d).fillRect(32, 70, 16, 30);
        g.generateTexture('house', 80, 100);
        g.clear();
        g.fillStyle(0xffffff).fillCircle(2, 2, 2);
        g.generateTexture('star', 4, 4);
        g.destroy();
    }

    create() {
        this.dayColor = Phaser.Display.Color.ValueToColor(0x87ceeb);
        this.nightColor = Phaser.Display.Color.ValueToColor(0x0b1a3a);
        this.sky = this.add.rectangle(400, 300, 800, 600, 0x87ceeb);
        this.stars = this.add.group();
        for (let i = 0; i < 40; i++) {
            this.stars.create((i * 97) % 800, 20 + ((i * 53) % 300), 'star');
        }
        this.sun = this.add.circle(400, 500, 40, 0xffdd33);
        this.add.rectangle(400, 560, 800, 80, 0x3e8e41);
        this.houses = [];
        for (let i = 0; i < 5; i++) {
            this.houses.push(this.add.image(90 + i * 155, 470, 'house'));
        }
        this.clock = this.add.text(16, 16, '', { fontSize: '24px', color: '#ffffff' });
        this.add.text(16, 48, 'Hold F to fast-forward', { fontSize: '16px', color: '#ffffff' });

        this.hour = 0;
        this.cycle = this.tweens.addCounter({
            from: 0,
            to: 24,
            duration: 24000,
            repeat: -1,
            onUpdate: (tween) => this.setHour(tween.getValue())
        });

        const fKey = this.input.keyboard.addKey(Phaser.Input.Keyboard.KeyCodes.F);
        fKey.on('down', () => { this.time.timeScale = 6; });
        fKey.on('up', () => { this.time.timeScale = 1; });
    }

    setHour(h) {
        if (this.hour < 6 && h >= 6) this.cameras.main.flash(400, 255, 200, 120);
        this.hour = h;
        // light: 0 at midnight, 1 at noon
        const light = (1 - Math.cos((h / 24) * Math.PI * 2)) / 2;
        const c = Phaser.Display.Color.Interpolate.ColorWithColor(this.nightColor, this.dayColor, 100, Math.round(light * 100));
        this.sky.setFillStyle(Phaser.Display.Color.GetColor(c.r, c.g, c.b));
        const a = ((h - 6) / 12) * Math.PI;
        this.sun.setPosition(400 - Math.cos(a) * 320, 500 - Math.sin(a) * 380);
        this.stars.setAlpha(1 - light);
        this.houses.forEach((house) => house.setTint(Phaser.Display.Color.GetColor(100 + 155 * light, 110 + 145 * light, 170 + 85 * light)));
        const hh = Math.floor(h) % 24;
        this.clock.setText(`${String(hh).padStart(2, '0')}:00  ${light > 0.5 ? 'Day' : 'Night'}`);
    }
}

new Phaser.Game({
    type: Phaser.AUTO,
    width: 800,
    height: 600,
    scene: TownScene
});
