// A fraction pie drawn with a Graphics object: Up/Down change the numerator and Left/Right change the denominator (2 to 12); the pie is cut into that many equal slices and the numerator's worth of slices, starting from 12 o'clock and going clockwise, is shaded, with the fraction and its decimal shown beside it.
class FractionPie extends Phaser.Scene {
    constructor() {
        super({ key: 'FractionPie' });
    }

    init() {
        this.numerator = 1;
        this.denominator = 4;
    }

    create() {
        this.pieX = 300;
        this.pieY = 300;
        this.radius = 190;

        this.pie = this.add.graphics();
        this.fractionText = this.add.text(600, 250, '', {
            fontFamily: 'Georgia', fontSize: '64px', color: '#2b2d42', align: 'center'
        }).setOrigin(0.5);
        this.decimalText = this.add.text(600, 420, '', {
            fontFamily: 'Georgia', fontSize: '28px', color: '#8d99ae'
        }).setOrigin(0.5);
        this.add.text(400, 570, 'UP/DOWN: numerator    LEFT/RIGHT: denominator', {
            fontFamily: 'Arial', fontSize: '18px', color: '#2b2d42'
        }).setOrigin(0.5);

        this.keys = this.input.keyboard.addKeys('UP,DOWN,LEFT,RIGHT');
        this.keys.UP.on('down', () => this.change(1, 0));
        this.keys.DOWN.on('down', () => this.change(-1, 0));
        this.keys.RIGHT.on('down', () => this.change(0, 1));
        this.keys.LEFT.on('down', () => this.change(0, -1));

        this.redraw();
    }

    change(dNum, dDen) {
        this.denominator = Phaser.Math.Clamp(this.denominator + dDen, 2, 12);
        this.numerator = Phaser.Math.Clamp(this.numerator + dNum, 0, this.denominator);
        this.redraw();
    }

    redraw() {
        const g = this.pie;
        const slice = (Math.PI * 2) / this.denominator;
        const top = -Math.PI / 2;

        g.clear();
        g.fillStyle(0xedf2f4, 1);
        g.fillCircle(this.pieX, this.pieY, this.radius);

        g.fillStyle(0xef233c, 1);
        for (let i = 0; i < this.numerator; i++) {
            const start = top + i * slice;
            g.slice(this.pieX, this.pieY, this.radius, start, start + slice, true);
            g.fillPath();
        }

        g.lineStyle(3, 0x2b2d42, 1);
        for (let i = 0; i < this.denominator; i++) {
            const a = top + i * slice;
            g.lineBetween(this.pieX, this.pieY,
                this.pieX + Math.cos(a) * this.radius, this.pieY + Math.sin(a) * this.radius);
        }
        g.strokeCircle(this.pieX, this.pieY, this.radius);

        this.fractionText.setText(`${this.numerator}\n—\n${this.denominator}`);
        this.decimalText.setText(`= ${(this.numerator / this.denominator).toFixed(3)}`);
    }
}

new Phaser.Game({
    type: Phaser.AUTO,
    width: 800,
    height: 600,
    backgroundColor: '#ffffff',
    scene: FractionPie
});
