// Arcade billiards: press SPACE to shoot the cue ball straight right along the table's centre line into a row of coloured balls; balls bounce off each other and the cushions.
class Billiards extends Phaser.Scene {
    constructor() {
        super('billiards');
    }

    create() {
        this.physics.world.setBounds(60, 60, 680, 380);
        this.add.rectangle(400, 250, 700, 400, 0x1b4332).setStrokeStyle(20, 0x7f4f24);

        const g = this.add.graphics();
        g.fillStyle(0xffffff).fillCircle(12, 12, 12).generateTexture('pool-ball', 24, 24);
        g.destroy();

        this.balls = this.physics.add.group({ collideWorldBounds: true, bounceX: 0.9, bounceY: 0.9 });
        [0xffbe0b, 0xfb5607, 0xff006e].forEach((tint, i) => {
            const ball = this.balls.create(480 + i * 26, 250, 'pool-ball').setTint(tint);
            ball.setCircle(12).setDrag(40);
        });

        this.cue = this.physics.add.image(160, 250, 'pool-ball');
        this.cue.setCircle(12).setCollideWorldBounds(true).setBounce(0.9).setDrag(40);

        this.physics.add.collider(this.cue, this.balls);
        this.physics.add.collider(this.balls, this.balls);

        this.shots = 0;
        this.info = this.add.text(60, 20, 'SPACE: shoot   Shots: 0', { fontSize: '18px', color: '#ffffff' });

        this.input.keyboard.on('keydown-SPACE', () => {
            if (this.cue.body.speed > 5) return;
            this.cue.setVelocity(520, 0);
            this.shots += 1;
            this.info.setText(`SPACE: shoot   Shots: ${this.shots}`);
        });
    }
}

new Phaser.Game({
    type: Phaser.AUTO,
    width: 800,
    height: 500,
    backgroundColor: '#081c15',
    physics: { default: 'arcade', arcade: { gravity: { y: 0 } } },
    scene: Billiards
});
