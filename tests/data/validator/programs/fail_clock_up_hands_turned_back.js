// A teaching analog clock: the Up and Down arrow keys move the time in 5-minute steps, and the hour and minute hands always show the same time as the digital label under the clock.
class TeachingClock extends Phaser.Scene {
    constructor() {
        super('TeachingClock');
        this.totalMinutes = 3 * 60;
    }

    create() {
        this.centre = new Phaser.Math.Vector2(400, 265);
        this.cameras.main.setBackgroundColor('#f1faee');
        this.drawFace(210);

        this.makeHandTexture('hour-hand', 14, 120, 0x1d3557);
        this.makeHandTexture('minute-hand', 8, 180, 0xe63946);

        // Hands pivot on their base at the centre of the clock.
        this.hourHand = this.add.image(this.centre.x, this.centre.y, 'hour-hand').setOrigin(0.5, 1);
        this.minuteHand = this.add.image(this.centre.x, this.centre.y, 'minute-hand').setOrigin(0.5, 1);
        this.add.circle(this.centre.x, this.centre.y, 11, 0x222222);

        this.digital = this.add.text(400, 520, '', {
            fontFamily: 'Arial', fontSize: '44px', color: '#1d3557', fontStyle: 'bold'
        }).setOrigin(0.5);
        this.add.text(400, 570, 'UP: +5 minutes    DOWN: -5 minutes', {
            fontFamily: 'Arial', fontSize: '18px', color: '#457b9d'
        }).setOrigin(0.5);

        const cursors = this.input.keyboard.createCursorKeys();
        cursors.up.on('down', () => this.moveTime(5));
        cursors.down.on('down', () => this.moveTime(-5));

        this.showTime();
    }

    drawFace(radius) {
        const g = this.add.graphics();
        g.fillStyle(0xffffff, 1).fillCircle(this.centre.x, this.centre.y, radius);
        g.lineStyle(8, 0x1d3557, 1).strokeCircle(this.centre.x, this.centre.y, radius);

        for (let tick = 0; tick < 60; tick++) {
            const a = Phaser.Math.DegToRad(tick * 6);
            const inner = tick % 5 === 0 ? radius - 24 : radius - 12;
            g.lineStyle(tick % 5 === 0 ? 4 : 2, 0x1d3557, 1);
            g.lineBetween(
                this.centre.x + Math.sin(a) * inner, this.centre.y - Math.cos(a) * inner,
                this.centre.x + Math.sin(a) * (radius - 4), this.centre.y - Math.cos(a) * (radius - 4)
            );
        }

        for (let hour = 1; hour <= 12; hour++) {
            const a = Phaser.Math.DegToRad(hour * 30);
            this.add.text(
                this.centre.x + Math.sin(a) * (radius - 48), this.centre.y - Math.cos(a) * (radius - 48),
                String(hour), { fontFamily: 'Arial', fontSize: '28px', color: '#1d3557' }
            ).setOrigin(0.5);
        }
    }

    makeHandTexture(key, width, length, colour) {
        const g = this.make.graphics({ x: 0, y: 0 }, false);
        g.fillStyle(colour, 1);
        g.fillRoundedRect(0, 0, width, length, width / 2);
        g.generateTexture(key, width, length);
        g.destroy();
    }

    moveTime(minutes) {
        this.totalMinutes = Phaser.Math.Wrap(this.totalMinutes + minutes, 0, 12 * 60);
        this.showTime();
    }

    pointHand(hand, turns) {
        hand.setRotation(turns * Math.PI * 2 - Math.PI / 2);
    }

    showTime() {
        const hours = Math.floor(this.totalMinutes / 60);
        const minutes = this.totalMinutes % 60;

        this.pointHand(this.minuteHand, minutes / 60);
        this.pointHand(this.hourHand, (hours + minutes / 60) / 12);

        const shownHour = hours === 0 ? 12 : hours;
        this.digital.setText(`${shownHour}:${String(minutes).padStart(2, '0')}`);
    }
}

new Phaser.Game({
    type: Phaser.AUTO,
    width: 800,
    height: 600,
    scene: TeachingClock
});
