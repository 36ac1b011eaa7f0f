class Pulse extends Phaser.Scene
{
    preload ()
    {
        this.load.image('gem', 'assets/sprites/gem.png');
    }

    create ()
    {
        for (let i = 0; i < 5; i++)
        {
            const gem = this.add.image(160 + i * 120, 300, 'gem');
            this.tweens.add({ targets: gem, scale: 1.5, duration: 600, delay: i * 120, yoyo: true, repeat: -1 });
        }
    }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Pulse });
