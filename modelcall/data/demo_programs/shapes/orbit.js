class Orbit extends Phaser.Scene
{
    create ()
    {
        this.sun = this.add.circle(400, 300, 40, 0xffcc00);
        this.planet = this.add.circle(560, 300, 12, 0x3399ff);
        this.angle = 0;
        this.label = this.add.text(16, 16, 'orbit: 0', { fontSize: '20px', color: '#ffffff' });
    }

    update (time, delta)
    {
        this.angle += delta / 1000;
        this.planet.setPosition(400 + Math.cos(this.angle) * 160, 300 + Math.sin(this.angle) * 160);
        this.label.setText('orbit: ' + Math.floor(this.angle / (Math.PI * 2)));
    }
}

const config = {
    type: Phaser.AUTO,
    width: 800,
    height: 600,
    backgroundColor: '#0b0b1e',
    scene: Orbit
};

const game = new Phaser.Game(config);
